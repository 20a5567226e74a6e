using System.Text.Json;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Analytics.Tests.Pipeline;

public sealed class PipelineAggregateTests
{
    private static readonly SyntheticTenant Synthetic = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions { Accounts = 120, Deals = 600, Owners = 5 });

    private static PipelineAggregate Of(IEnumerable<DealFact> deals)
    {
        var aggregate = new PipelineAggregate();
        foreach (var deal in deals)
        {
            aggregate.Add(deal);
        }

        return aggregate;
    }

    /// <summary>Every figure but the slipped deals (the day's, kept by the summary's snapshot).</summary>
    private static void AssertSameAsCalculator(PipelineAggregate aggregate, IReadOnlyList<DealFact> deals, AnalyticsScope scope, AnalyticsPeriod period)
    {
        var expected = PipelineCalculator.Figures(deals, scope, period, period.From) with { Slipped = SlippedDeals.None };
        Assert.Equal(expected.ToString(), aggregate.Figures(scope, period).ToString());
    }

    public static TheoryData<string, int, int> ScopesAndPeriods() => new()
    {
        { "tenant", 2025, 12 },
        { "person", 2025, 3 },
        { "team", 2025, 12 },
        { "nobody", 2025, 12 },
        { "tenant", 2026, 1 },
        { "tenant", 2023, 1 },
    };

    [Theory]
    [MemberData(nameof(ScopesAndPeriods))]
    public void Figures_SyntheticTenant_SameAsTheCalculatorForEveryFigure(string scopeKind, int year, int months)
    {
        var owners = Synthetic.OwnerIds;
        var scope = scopeKind switch
        {
            "tenant" => AnalyticsScope.Tenant,
            "person" => AnalyticsScope.Person(owners[0]),
            "team" => AnalyticsScope.Team([owners[1], owners[3]]),
            _ => AnalyticsScope.Person("nobody"),
        };
        var from = new DateOnly(year, 1, 1);
        var aggregate = Of(Synthetic.Deals);

        foreach (var period in new[] { new AnalyticsPeriod(from, from.AddMonths(months)), new AnalyticsPeriod(from.AddMonths(1), from.AddMonths(1 + months)) })
        {
            AssertSameAsCalculator(aggregate, Synthetic.Deals, scope, period);
        }
    }

    [Fact]
    public void Figures_Fixture_HandComputedCycleVelocityAndForecast()
    {
        var figures = Of(PipelineFixture.Deals).Figures(AnalyticsScope.Tenant, PipelineFixture.Q2);

        Assert.Equal(new AverageDays(2, 100), figures.SalesCycle);
        Assert.Equal([30L, 45, 30, 20], figures.Velocity.Select(v => v.Days.TotalDays));
        Assert.Equal("1240 EUR, 4000 USD", figures.ForecastByQuarter.Single().Total.ToString());
        Assert.Equal("30 EUR", figures.UnscheduledWeighted.ToString());
        AssertSameAsCalculator(Of(PipelineFixture.Deals), PipelineFixture.Deals, AnalyticsScope.Person("B"), PipelineFixture.Q2);
    }

    [Fact]
    public void RemoveAndAdd_StageChangesAndADelete_SameAsAFreshAggregate()
    {
        var aggregate = Of(Synthetic.Deals);
        var deals = Synthetic.Deals.ToList();
        foreach (var before in Synthetic.Deals.Where(d => d.IsOpen).Take(40))
        {
            var won = before with
            {
                Stage = DealStage.Won,
                ClosedAt = Synthetic.AsOf,
                StageHistory = [.. before.StageHistory, new StageChange(DealStage.Won, Synthetic.AsOf)],
            };
            aggregate.Remove(before);
            aggregate.Add(won);
            deals[deals.IndexOf(before)] = won;
        }

        var deleted = deals[7];
        aggregate.Remove(deleted);
        deals.Remove(deleted);

        var year = new AnalyticsPeriod(new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 1));
        AssertSameAsCalculator(aggregate, deals, AnalyticsScope.Tenant, year);
        Assert.Equal(Keys(Of(deals)), Keys(aggregate));
    }

    /// <summary>The owners and their tables' sizes: keys a deal no longer fills are gone.</summary>
    private static IEnumerable<(string, int, int, int, int, int)> Keys(PipelineAggregate aggregate) =>
        aggregate.Totals.Select(o => (o.Owner, o.Open.Count, o.Scheduled.Count, o.Closed.Count, o.Cohort.Count, o.Stays.Count));

    [Fact]
    public void RemoveAll_LeavesNothing()
    {
        var aggregate = Of(PipelineFixture.Deals);

        foreach (var deal in PipelineFixture.Deals)
        {
            aggregate.Remove(deal);
        }

        Assert.Empty(aggregate.Totals);
        Assert.All(aggregate.Figures(AnalyticsScope.Tenant, PipelineFixture.Q2).OpenByStage, s => Assert.True(s.Count == 0 && s.Amount.IsEmpty));
    }

    [Fact]
    public void Restore_StoredTotals_AnswersAsTheOriginal()
    {
        var original = Of(Synthetic.Deals);
        var stored = JsonSerializer.Deserialize<List<OwnerTotals>>(JsonSerializer.Serialize(original.Totals))!;

        var restored = PipelineAggregate.Restore(stored);

        var year = AnalyticsPeriod.Year(2025);
        Assert.Equal(original.Figures(AnalyticsScope.Tenant, year).ToString(), restored.Figures(AnalyticsScope.Tenant, year).ToString());
    }

    [Fact]
    public void Figures_PeriodNotInWholeMonths_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new PipelineAggregate().Figures(AnalyticsScope.Tenant, new AnalyticsPeriod(Fixture.Day("2026-01-15"), Fixture.Day("2026-02-01"))));
}
