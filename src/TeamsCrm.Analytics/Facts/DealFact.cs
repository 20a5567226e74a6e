namespace TeamsCrm.Analytics.Facts;

/// <summary>
/// A deal as the analytics see it: stage, money, owner, dates, the products it carries and the stages it went through.
/// Mapped from Core's <see cref="Deal"/> (and its audit trail) by <see cref="FactMapper"/>, or generated.
/// </summary>
public sealed record DealFact
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string OwnerId { get; init; }
    /// <summary>The deal's title as the CRM shows it (empty for facts stored before titles were).</summary>
    public string Title { get; init; } = string.Empty;
    public required DealStage Stage { get; init; }
    public decimal Amount { get; init; }
    public string Currency { get; init; } = "EUR";
    /// <summary>The deal's own win probability in percent; null means "use the stage's default".</summary>
    public int? Probability { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the deal was won or lost; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    public DateOnly? ExpectedCloseDate { get; init; }
    public IReadOnlyList<ProductLine> Products { get; init; } = [];
    /// <summary>The stages the deal entered, oldest first (from the audit trail); may be empty.</summary>
    public IReadOnlyList<StageChange> StageHistory { get; init; } = [];

    public bool IsOpen => DealStages.IsOpen(Stage);

    public bool IsWon => Stage == DealStage.Won;

    public bool IsClosed => !IsOpen;

    /// <summary>The probability the forecast uses: the deal's own, else the stage's default.</summary>
    public int EffectiveProbability => Probability ?? DealStages.DefaultProbability(Stage);

    public decimal WeightedAmount => Amount * EffectiveProbability / 100m;
}
