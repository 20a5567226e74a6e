using System.Text.Json.Serialization;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Deals;

/// <summary>
/// A deal as the caller may see it. <see cref="Probability"/> and <see cref="Source"/> are internal: absent for partners.
/// <see cref="AllowedStages"/>: the stages the caller may move it to now; <see cref="CanHandOff"/>: whether they may hand it off.
/// <see cref="LineItems"/>: the products it carries (product id, quantity, unit price — the price absent for partners).
/// </summary>
public sealed record DealResource(
    string Id,
    string AccountId,
    string Title,
    DealStage Stage,
    decimal Amount,
    string Currency,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Probability,
    DateOnly? ExpectedCloseDate,
    PersonRef Owner,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source,
    IReadOnlyList<DealStage> AllowedStages,
    bool CanHandOff,
    IReadOnlyList<DealLineResource> LineItems,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static DealResource From(DealView view) => new(
        view.Id, view.AccountId, view.Title, view.Stage, view.Amount, view.Currency, view.Probability, view.ExpectedCloseDate,
        view.Owner, view.Source, view.AllowedStages, view.CanHandOff, [.. view.LineItems.Select(DealLineResource.From)], ETags.For(view.Version));
}
