namespace TeamsCrm.Analytics.Tests.Pipeline;

/// <summary>
/// Six deals of owners A and B around the second quarter of 2026, as of 15 June (the hand-computed figures are in the
/// tests). d1 was created before the quarter; d4 has slipped; d5 has no expected close date; d3 and d6 are in USD.
/// </summary>
internal static class PipelineFixture
{
    public static readonly DateTimeOffset AsOf = Fixture.At("2026-06-15");

    public static readonly AnalyticsPeriod Q2 = AnalyticsPeriod.Quarter(2026, 2);

    public static IReadOnlyList<DealFact> Deals { get; } =
    [
        Fixture.Deal("d1", "A", DealStage.Won, 1000m, history: ["New@2026-03-01", "Qualified@2026-03-11", "Proposal@2026-03-21", "Won@2026-04-10"]),
        Fixture.Deal("d2", "A", DealStage.Lost, 500m, history: ["New@2026-04-05", "Qualified@2026-04-15", "Lost@2026-05-05"]),
        Fixture.Deal("d3", "B", DealStage.Proposal, 2000m, "USD", expected: "2026-06-30", history: ["New@2026-04-20", "Qualified@2026-04-25", "Proposal@2026-05-05"]),
        Fixture.Deal("d4", "B", DealStage.Negotiation, 400m, probability: 60, expected: "2026-06-01", history: ["New@2026-05-01", "Qualified@2026-05-06", "Proposal@2026-05-11", "Negotiation@2026-05-21"]),
        Fixture.Deal("d5", "A", DealStage.New, 300m, history: ["New@2026-06-01"]),
        Fixture.Deal("d6", "B", DealStage.Won, 3000m, "USD", history: ["New@2026-04-01", "Qualified@2026-04-11", "Proposal@2026-04-21", "Negotiation@2026-05-11", "Won@2026-05-31"]),
    ];
}
