using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>The deal form's fields as typed; Core validates them when saved.</summary>
public sealed class DealForm
{
    public string? Title { get; set; }
    public decimal Amount { get; set; }
    public string? Currency { get; set; } = "EUR";
    public int? Probability { get; set; }
    public DateOnly? ExpectedCloseDate { get; set; }
    public string? Source { get; set; }

    public static DealForm From(DealView deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new DealForm
        {
            Title = deal.Title,
            Amount = deal.Amount,
            Currency = deal.Currency,
            Probability = deal.Probability,
            ExpectedCloseDate = deal.ExpectedCloseDate,
            Source = deal.Source,
        };
    }

    /// <summary>The input for the use case; a partner's form has no internal fields to send (Core keeps them as they are).</summary>
    public DealInput ToInput(bool redacted) => new(
        Title ?? string.Empty,
        Amount,
        Currency?.Trim().ToUpperInvariant() ?? string.Empty,
        redacted ? null : Probability,
        ExpectedCloseDate,
        redacted ? null : FormValues.OrNull(Source));
}
