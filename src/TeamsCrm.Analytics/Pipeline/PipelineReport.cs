namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// The pipeline and forecast of one scope over one period (definitions in docs/analytics.md): the open pipeline as of
/// the report's day by stage and owner, the forecast per month and quarter, win rate, average won deal size, sales
/// cycle, stage conversion and velocity, and slipped deals.
/// </summary>
public sealed record PipelineReport
{
    public required AnalyticsPeriod Period { get; init; }
    public required DateTimeOffset AsOf { get; init; }
    public required IReadOnlyList<PipelineSlice> OpenByStage { get; init; }
    public required IReadOnlyList<PipelineSlice> OpenByOwner { get; init; }
    public required IReadOnlyList<ForecastBucket> ForecastByMonth { get; init; }
    public required IReadOnlyList<ForecastBucket> ForecastByQuarter { get; init; }
    /// <summary>Weighted amount of open deals without an expected close date (in no bucket).</summary>
    public required CurrencyAmounts UnscheduledWeighted { get; init; }
    public required WinRate WinRate { get; init; }
    public required CurrencyAmounts AverageWonDealSize { get; init; }
    public required DurationSummary SalesCycle { get; init; }
    public required IReadOnlyList<StageConversion> Conversion { get; init; }
    public required IReadOnlyList<StageVelocity> Velocity { get; init; }
    public required IReadOnlyList<SlippedDeal> Slipped { get; init; }
}
