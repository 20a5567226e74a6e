using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Analytics.Tests.Pipeline;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Analytics.Tests.Insights;

public sealed class PipelineSummaryTests
{
    [Fact]
    public void ToAggregate_StoredAndRestored_AnswersAsTheCalculator()
    {
        var summary = PipelineSummary.From(PipelineFixture.Deals, PipelineFixture.AsOf);
        var json = System.Text.Json.JsonSerializer.Serialize(summary);
        var restored = System.Text.Json.JsonSerializer.Deserialize<PipelineSummary>(json)!.ToAggregate();

        foreach (var scope in new[] { AnalyticsScope.Tenant, AnalyticsScope.Person("B") })
        {
            var report = PipelineCalculator.Compute(PipelineFixture.Deals, scope, PipelineFixture.Q2, PipelineFixture.AsOf);
            Assert.Equal(Slices(report.OpenByStage), Slices(restored.OpenByStage(scope)));
            Assert.Equal(Slices(report.OpenByOwner), Slices(restored.OpenByOwner(scope)));
            Assert.Equal(report.WinRate, restored.WinRate(scope, PipelineFixture.Q2));
            Assert.Equal(report.AverageWonDealSize.ToString(), restored.AverageWonDealSize(scope, PipelineFixture.Q2).ToString());
        }

        Assert.Equal(PipelineFixture.Deals.Count, summary.Deals);
    }

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

    private static IEnumerable<(string, int, string, string)> Slices(IEnumerable<PipelineSlice> slices) =>
        slices.Select(s => (s.Key, s.Count, s.Amount.ToString(), s.Weighted.ToString()));
}
