namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// Every pipeline and forecast figure of one scope over one period, as a chart or table shows it (definitions in
/// docs/analytics.md). Money is per currency, never converted. Rates are fractions 0–1 (null when there is nothing to
/// divide by); durations are whole UTC days. Lists have a fixed order, given on each property. The same figures come
/// from the deals (<see cref="PipelineCalculator.Figures"/>) and from the stored summary (tested equal).
/// </summary>
public sealed partial record PipelineFigures
{
    /// <summary>Open deals now, one slice per open stage in pipeline order (New, Qualified, Proposal, Negotiation), empty stages included.</summary>
    public required IReadOnlyList<PipelineSlice> OpenByStage { get; init; }

    /// <summary>Open deals now, one slice per owner with an open deal (key: owner's user id), ordinal order.</summary>
    public required IReadOnlyList<PipelineSlice> OpenByOwner { get; init; }

    /// <summary>One bucket per calendar month of the period, oldest first: won in it + weighted open expected to close in it.</summary>
    public required IReadOnlyList<ForecastBucket> ForecastByMonth { get; init; }

    /// <summary>The same per calendar quarter (cut to the period), oldest first.</summary>
    public required IReadOnlyList<ForecastBucket> ForecastByQuarter { get; init; }

    /// <summary>Weighted amount of the open deals without an expected close date (in no bucket).</summary>
    public required CurrencyAmounts UnscheduledWeighted { get; init; }

    /// <summary>Deals won and lost with a close day in the period; the rate is a fraction.</summary>
    public required WinRate WinRate { get; init; }

    /// <summary>The mean amount of the deals won in the period, per currency (rounded to cents).</summary>
    public required CurrencyAmounts AverageWonDealSize { get; init; }

    /// <summary>Days from created to won, over the deals won in the period.</summary>
    public required AverageDays SalesCycle { get; init; }

    /// <summary>The deals created in the period (cohort): one step per New→Qualified, Qualified→Proposal, Proposal→Negotiation, Negotiation→Won, in that order.</summary>
    public required IReadOnlyList<StageConversion> Conversion { get; init; }

    /// <summary>The cohort's days per open stage, in pipeline order (New, Qualified, Proposal, Negotiation).</summary>
    public required IReadOnlyList<StageDays> Velocity { get; init; }

    /// <summary>Open deals whose expected close day is before today (the answer's day, not the period).</summary>
    public required SlippedDeals Slipped { get; init; }
}
