using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Tests.Synthetic;

namespace TeamsCrm.Analytics.Tests.Scoring;

public sealed class ModelLifecycleTests(SyntheticTenantFixture fixture) : IClassFixture<SyntheticTenantFixture>
{
    [Fact]
    public void Import_AnExportedModel_ScoresEveryOpenDealAsTheTrainedOne()
    {
        var tenant = fixture.Tenant;
        var trained = DealScorer.Train(tenant.AccountFacts, tenant.Deals, tenant.Interactions, tenant.AsOf, SyntheticTenantFixture.Rates);
        var accounts = tenant.AccountFacts.ToDictionary(a => a.Id);
        var touches = tenant.Interactions.ToLookup(i => i.AccountId);

        var stored = trained.Export();
        var imported = DealScorer.Import(stored, SyntheticTenantFixture.Rates);

        Assert.False(imported.IsRuleBased);
        Assert.NotNull(stored.Model);
        Assert.Equal(trained.Quality, imported.Quality);
        Assert.Equal(tenant.AsOf, imported.TrainedAt);
        foreach (var deal in tenant.Deals.Where(d => d.IsOpen))
        {
            var before = trained.Score(deal, tenant.AsOf);
            var after = imported.Score(deal, accounts[deal.AccountId], touches[deal.AccountId], tenant.AsOf);
            Assert.Equal(before.Probability, after.Probability, 6);
            Assert.Equal(before.Factors.Select(f => f.Kind), after.Factors.Select(f => f.Kind));
            Assert.Equal(before.Probability, imported.Probability(deal, accounts[deal.AccountId], touches[deal.AccountId], tenant.AsOf), 6);
        }
    }

    [Fact]
    public void Rate_EveryClosedDealOfTheSyntheticTenant_EqualsTheScanOverTheDealsClosedBefore()
    {
        var deals = fixture.Tenant.Deals;
        var rates = OwnerWinRates.From(deals);
        var closed = deals.Where(d => d.IsClosed).ToList();

        foreach (var deal in closed.Take(300))
        {
            var before = closed.Where(d => d.ClosedAt < deal.ClosedAt).ToList();
            var tenantRate = before.Count == 0 ? 0.5 : (double)before.Count(d => d.IsWon) / before.Count;
            var own = before.Where(d => d.OwnerId == deal.OwnerId).ToList();
            var expected = (own.Count(d => d.IsWon) + (5 * tenantRate)) / (own.Count + 5);
            Assert.Equal(expected, rates.Rate(deal.OwnerId, deal.ClosedAt!.Value), 12);
        }
    }

    [Fact]
    public void Restore_ASnapshot_AnswersTheTotalsForEveryLaterMoment()
    {
        var deals = fixture.Tenant.Deals;
        var owner = deals.First(d => d.IsClosed).OwnerId;
        var rates = OwnerWinRates.From(deals);

        var restored = OwnerWinRates.Restore(rates.Snapshot());

        var later = fixture.Tenant.AsOf.AddDays(1);
        Assert.Equal(rates.Rate(owner, later), restored.Rate(owner, later), 12);
        Assert.Equal(rates.Rate("nobody", later), restored.Rate("nobody", later), 12);
        Assert.Equal(rates.TenantRate, restored.TenantRate);
    }

    [Theory]
    [InlineData(0, 0, 0, 40)]
    [InlineData(30, 25, 5, 10)]
    [InlineData(45, 40, 5, 5)]
    [InlineData(12, 2, 10, 28)]
    public void MoreClosedDealsNeeded_ColdStart_NamesWhatTheModelStillNeeds(int closed, int won, int lost, int needed)
    {
        var status = new ModelStatus(Fixture.At("2026-06-01"), new ModelQuality(closed, won, lost, true, null, 0, new ScoringPolicy()));

        Assert.Equal(needed, status.MoreClosedDealsNeeded);
        Assert.Contains($"{needed} more closed deals", status.Describe(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains($"noch {needed} abgeschlossene", status.Describe(CultureInfo.GetCultureInfo("de")), StringComparison.Ordinal);
    }
}
