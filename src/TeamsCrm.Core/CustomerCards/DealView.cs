using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.CustomerCards;

/// <summary>
/// A deal as one viewer may see it: <see cref="Probability"/> and <see cref="Source"/> are null for
/// partners, as are the line items' prices. <see cref="AllowedStages"/> lists the stages this viewer may move it to (empty if none).
/// </summary>
public sealed record DealView(
    string Id,
    string AccountId,
    string Title,
    DealStage Stage,
    decimal Amount,
    string Currency,
    int? Probability,
    DateOnly? ExpectedCloseDate,
    PersonRef Owner,
    string? Source,
    string? Version,
    IReadOnlyList<DealStage> AllowedStages,
    bool CanHandOff)
{
    /// <summary>The deal's products; <see cref="DealLineView.UnitPrice"/> is null for partners (line prices are internal).</summary>
    public IReadOnlyList<DealLineView> LineItems { get; init; } = [];
}
