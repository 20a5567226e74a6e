using System.Text.Json;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Analytics.Tests.Pipeline;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Analytics.Tests.Insights;

public sealed class PipelineSummaryTests
{
    private static readonly DateOnly ComputedDay = AnalyticsPeriod.UtcDay(PipelineFixture.AsOf);

    private static PipelineSummary Stored(IReadOnlyCollection<DealFact> deals, DateTimeOffset computedAt) =>
        JsonSerializer.Deserialize<PipelineSummary>(JsonSerializer.Serialize(PipelineSummary.From(deals, computedAt)))!;

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    public void Figures_StoredAndRestoredWithinItsWindow_EveryFigureAsTheCalculator(int daysLater)
    {
        var synthetic = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions { Accounts = 120, Deals = 600, Owners = 5 });
        var today = AnalyticsPeriod.UtcDay(synthetic.AsOf).AddDays(daysLater);
        var summary = Stored(synthetic.Deals, synthetic.AsOf);
        var period = new AnalyticsPeriod(new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1));

        foreach (var scope in new[] { AnalyticsScope.Tenant, AnalyticsScope.Person(synthetic.OwnerIds[2]), AnalyticsScope.Team([synthetic.OwnerIds[0], synthetic.OwnerIds[4]]) })
        {
            var expected = PipelineCalculator.Figures(synthetic.Deals, scope, period, today);
            Assert.Equal(expected.ToString(), summary.Figures(scope, period, today)!.ToString());
            Assert.True(expected.Slipped.Count > 0);
        }

        Assert.Equal(synthetic.Deals.Count, summary.Deals);
    }

    [Fact]
    public void Figures_DealsSlippingInTheWindow_CountedAndRankedAsTheDaysPass()
    {
        DealFact[] deals =
        [
            Fixture.Deal("late", "A", DealStage.Proposal, 100m, expected: "2026-06-01", history: ["New@2026-04-01"]),
            Fixture.Deal("today", "A", DealStage.Proposal, 900m, expected: "2026-06-15", history: ["New@2026-04-01"]),
            Fixture.Deal("in-a-week", "B", DealStage.New, 5000m, expected: "2026-06-21", history: ["New@2026-04-01"]),
            Fixture.Deal("later", "B", DealStage.New, 7000m, expected: "2026-06-23", history: ["New@2026-04-01"]),
        ];
        var summary = Stored(deals, PipelineFixture.AsOf);

        foreach (var day in Enumerable.Range(0, 8).Select(ComputedDay.AddDays))
        {
            var expected = PipelineCalculator.Figures(deals, AnalyticsScope.Tenant, PipelineFixture.Q2, day).Slipped;
            var answered = summary.Figures(AnalyticsScope.Tenant, PipelineFixture.Q2, day)!.Slipped;
            Assert.Equal((expected.Count, expected.Amount.ToString()), (answered.Count, answered.Amount.ToString()));
            Assert.Equal(expected.Largest, answered.Largest);
        }

        Assert.Equal(["in-a-week", "today", "late"], summary.Figures(AnalyticsScope.Tenant, PipelineFixture.Q2, ComputedDay.AddDays(7))!.Slipped.Largest.Select(s => s.DealId));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void Figures_DayOutsideTheSnapshotsWindow_NoAnswer(int daysLater) =>
        Assert.Null(Stored(PipelineFixture.Deals, PipelineFixture.AsOf).Figures(AnalyticsScope.Tenant, PipelineFixture.Q2, ComputedDay.AddDays(daysLater)));

    [Fact]
    public void ToLines_CatalogProductAndAGoneOne_AmountFamilyAndCost()
    {
        var catalog = new Dictionary<string, Product>(StringComparer.Ordinal)
        {
            ["p1"] = new() { Id = "p1", Name = "Sensor Pro", Family = "Sensors", ListPrice = 100m, UnitCost = 60m, UpdatedAt = PipelineFixture.AsOf },
        };

        var lines = FactMapper.ToLines([new DealLineItem("p1", 3m, 90m), new DealLineItem("gone", 2m, 10m)], catalog);

        Assert.Equal([new ProductLine("p1", "Sensors", 270m, 180m), new ProductLine("gone", "Unknown", 20m)], lines);
    }

    [Theory]
    [InlineData(InsightsScope.Tenant, new string[0], 1, null)]
    [InlineData(InsightsScope.Team, new string[0], 1, "owner")]
    [InlineData(InsightsScope.Person, new[] { "a", "b" }, 1, "owner")]
    [InlineData(InsightsScope.Tenant, new[] { "a" }, 1, "owner")]
    [InlineData(InsightsScope.Team, new[] { "a" }, 37, "to")]
    [InlineData((InsightsScope)9, new string[0], 1, "scope")]
    public void Validate_ScopeOwnersAndLength_NamesTheBadField(InsightsScope scope, string[] owners, int months, string? field)
    {
        var query = new InsightsQuery(new AnalyticsPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1).AddMonths(months)), scope, owners);

        var error = query.Validate();

        Assert.Equal(field, error?.Fields.Single().Field);
        Assert.True(error is null || error.Kind == CrmErrorKind.Validation);
    }
}
