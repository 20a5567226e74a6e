using TeamsCrm.Analytics.Money;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Storage.Tests.Analytics;

public sealed class ScoreModelStoreTests
{
    private static readonly ExchangeRates Rates = new("EUR", new Dictionary<string, decimal> { ["USD"] = 1 / 1.1m, ["CHF"] = 1 / 1.05m });

    [Fact]
    public async Task ReadAsync_AStoredTrainedModel_ScoresEveryOpenDealAsTheTrainedOneAndIsListed()
    {
        var crm = await CrmTestStore.CreateAsync();
        var store = new CustomerServices(crm).ModelStore;
        var tenant = SyntheticTenantGenerator.Generate();
        var trained = DealScorer.Train(tenant.AccountFacts, tenant.Deals, tenant.Interactions, tenant.AsOf, Rates);

        await store.WriteAsync("tenant-model-store", trained.Export());
        await store.WriteAsync("tenant-model-store", trained.Export());
        var loaded = DealScorer.Import((await store.ReadAsync("tenant-model-store"))!, Rates);
        var listed = await store.ListAsync();

        Assert.False(loaded.IsRuleBased);
        Assert.Equal(trained.Quality.Auc, loaded.Quality.Auc);
        Assert.Contains(("tenant-model-store", tenant.AsOf), listed);
        Assert.Null(await store.ReadAsync("tenant-model-store-other"));
        var accounts = tenant.AccountFacts.ToDictionary(a => a.Id);
        var touches = tenant.Interactions.ToLookup(i => i.AccountId);
        foreach (var deal in tenant.Deals.Where(d => d.IsOpen))
        {
            Assert.Equal(trained.Score(deal, tenant.AsOf).Probability, loaded.Probability(deal, accounts[deal.AccountId], touches[deal.AccountId], tenant.AsOf), 6);
        }
    }

    [Fact]
    public async Task RetrainDueAsync_ModelOlderThanTheInterval_RetrainedOthersLeftAlone()
    {
        var s = await CustomerScenario.CreateAsync("tenant-retrain");
        var services = new CustomerServices(s.Crm);
        var first = await services.Models.GetAsync(s.Megan.TenantId);

        s.Crm.Time.Advance(TimeSpan.FromHours(23));
        var early = await services.Refresher.RetrainDueAsync();
        s.Crm.Time.Advance(TimeSpan.FromHours(2));
        var due = await services.Refresher.RetrainDueAsync();
        var stored = await services.ModelStore.ReadAsync(s.Megan.TenantId);

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(first.TrainedAt.AddHours(25), stored!.TrainedAt);
        Assert.Equal(stored.TrainedAt, (await services.Models.GetAsync(s.Megan.TenantId)).TrainedAt);
        Assert.NotNull(await services.Facts.ReadCustomerSummaryAsync(s.Megan.TenantId));
    }
}
