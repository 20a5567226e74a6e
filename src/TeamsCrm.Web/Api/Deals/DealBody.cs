using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Deals;

/// <summary>
/// The editable fields of a deal (create, and update — which replaces them all; a probability or owner left out stays
/// as it is; line items left out stay, an empty list removes them). A partner's update leaves the internal fields as they were. The stage changes only through its own endpoint.
/// </summary>
public sealed record DealBody(
    string? Title,
    decimal Amount = 0,
    string? Currency = null,
    int? Probability = null,
    DateOnly? ExpectedCloseDate = null,
    string? Source = null,
    PersonRef? Owner = null,
    IReadOnlyList<DealLineItem>? LineItems = null)
{
    public const string DefaultCurrency = "EUR";

    public DealInput ToInput() => new(Title ?? string.Empty, Amount, Currency ?? DefaultCurrency, Probability, ExpectedCloseDate, Source, Owner, LineItems);
}
