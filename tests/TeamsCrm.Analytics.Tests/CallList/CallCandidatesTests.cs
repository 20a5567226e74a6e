using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Tests.Synthetic;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Tests.CallList;

public sealed class CallCandidatesTests(SyntheticTenantFixture fixture) : IClassFixture<SyntheticTenantFixture>
{
    [Fact]
    public void Kept_OnEveryHalfDayOfTheWindow_HoldTheFirstFiftyOfEveryOpenDeal()
    {
        var (open, asOf) = OpenDeals();

        var kept = CallCandidates.Kept(open, asOf, SyntheticTenantFixture.Rates);
        var days = Enumerable.Range(0, (2 * OwnerCallCandidates.WindowDays) + 1).Select(half => asOf.AddDays(half / 2.0)).ToList();

        Assert.True(open.Count > OwnerCallCandidates.Keep + 20, $"only {open.Count} open deals");
        Assert.InRange(kept.Count, OwnerCallCandidates.Keep, open.Count - 1);
        Assert.NotEqual(First(open, days[0]), First(open, days[^1]));
        Assert.All(days, day => Assert.Equal(First(open, day), First(kept, day)));
        Assert.Equal(First(open, asOf, OwnerCallCandidates.Keep), kept.Take(OwnerCallCandidates.Keep).Select(c => c.DealId));
    }

    [Fact]
    public void Named_DealGoneAndContactWithoutName_DealLeftOutContactNotSuggested()
    {
        var (open, asOf) = OpenDeals();
        var (first, second, gone) = (open[0] with { ContactId = "c-1" }, open[1] with { ContactId = "c-unknown" }, open[2]);
        var names = new CustomerNames(
            new[] { first, second, gone }.Select(c => c.AccountId).Distinct().ToDictionary(id => id, id => new AccountSummaryEntry(id, $"Company {id}", new PersonRef("o", "O"))),
            new Dictionary<string, string> { [first.DealId] = "Renewal", [second.DealId] = "Upgrade" },
            new Dictionary<string, string> { ["c-1"] = "Jane Doe" });

        var named = Assert.Single(CallCandidates.Named([new OwnerCallCandidates("o", asOf, [first, second, gone])], names));

        Assert.Equal([first.DealId, second.DealId], named.Deals.Select(c => c.DealId));
        Assert.Equal(("Renewal", $"Company {first.AccountId}", "c-1", "Jane Doe"), (named.Deals[0].DealTitle, named.Deals[0].AccountName, named.Deals[0].ContactId, named.Deals[0].ContactName));
        Assert.Equal(("Upgrade", null, null, null), (named.Deals[1].DealTitle, named.Deals[1].ContactId, named.Deals[1].ContactName, named.Deals[1].Channels));
    }

    /// <summary>Every open deal of the synthetic tenant as one owner's candidates (chances spread 10–70 %), with its account's totals.</summary>
    private (List<CallCandidate> Open, DateTimeOffset AsOf) OpenDeals()
    {
        var tenant = fixture.Tenant;
        var totals = CustomerSummary.From(tenant.Deals, tenant.Interactions, tenant.AsOf).Accounts.ToDictionary(t => t.AccountId);
        var open = tenant.Deals.Where(d => d.IsOpen).Select((d, i) => new CallCandidate
        {
            DealId = d.Id,
            AccountId = d.AccountId,
            Stage = d.Stage,
            Amount = d.Amount,
            Currency = d.Currency,
            ExpectedCloseDate = d.ExpectedCloseDate,
            Probability = 0.1 + (0.1 * (i % 7)),
            Account = totals.GetValueOrDefault(d.AccountId),
        }).ToList();
        return (open, tenant.AsOf);
    }

    private static List<string> First(IEnumerable<CallCandidate> candidates, DateTimeOffset asOf, int take = CallListService.MaxTake) =>
    [
        .. candidates
            .OrderByDescending(c => CallPriority.Of(c, asOf, SyntheticTenantFixture.Rates).Priority)
            .ThenBy(c => c.DealId, StringComparer.Ordinal)
            .Take(take)
            .Select(c => c.DealId),
    ];
}
