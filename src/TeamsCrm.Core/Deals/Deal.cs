namespace TeamsCrm.Core.Deals;

/// <summary>
/// A sales opportunity at an account. <see cref="Probability"/> and <see cref="Source"/> are internal
/// and never shown to partners.
/// </summary>
public sealed record Deal : AccountRecord
{
    public required string Title { get; init; }
    public DealStage Stage { get; init; } = DealStage.New;
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "EUR";
    public int Probability { get; init; }
    public DateOnly? ExpectedCloseDate { get; init; }
    public required PersonRef Owner { get; init; }
    public string? Source { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the deal was won or lost (set by the stage change that closed it); null while open or for deals closed before it was recorded.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The products the deal carries; they do not sum into <see cref="Amount"/> (see <see cref="DealLineItem"/>).</summary>
    public IReadOnlyList<DealLineItem> LineItems { get; init; } = [];

    public bool IsOpen => DealStages.IsOpen(Stage);

    public bool IsLead => DealStages.IsLead(Stage);
}
