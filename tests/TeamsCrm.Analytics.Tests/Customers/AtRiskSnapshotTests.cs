using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Tests.Synthetic;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Tests.Customers;

public sealed class AtRiskSnapshotTests(SyntheticTenantFixture fixture) : IClassFixture<SyntheticTenantFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task As_AtItsComputation_EqualsTheListComputedFromEveryCustomerOnRead()
    {
        var summary = Summary();

        var snapshot = await CustomerDocumentsBuilder.AtRiskAsync(summary, SyntheticTenantFixture.Rates, NamesAsync);
        var kept = snapshot.As(summary.ComputedAt, CustomerInsightsService.MaxTake);
        var computed = ComputedOnRead(summary, summary.ComputedAt, CustomerInsightsService.MaxTake, _ => true);

        Assert.True(computed.Count > 50, $"only {computed.Count} customers at risk");
        Assert.Equal(computed, kept.Accounts.Select(Key));
        Assert.Equal(CustomerFigures.Rfm(summary.Accounts, summary.ComputedAt, SyntheticTenantFixture.Rates).Count, kept.CustomersAssessed);
        Assert.True(snapshot.Candidates.Count < kept.CustomersAssessed);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(50)]
    public void Candidates_OnEveryHalfDayOfTheWindow_HoldTheFirstOfEveryCustomer(int keep)
    {
        var summary = Summary();
        var rfm = CustomerFigures.Rfm(summary.Accounts, summary.ComputedAt, SyntheticTenantFixture.Rates);
        var everyone = summary.Accounts.Where(t => rfm.ContainsKey(t.AccountId)).Select(t => Candidate(t, rfm[t.AccountId])).ToList();

        var ids = AtRiskRanking.Candidates(summary, rfm, new HashSet<string>(), keep).ToHashSet();
        var kept = everyone.Where(c => ids.Contains(c.Totals.AccountId)).ToList();
        var days = Enumerable.Range(0, (2 * AtRiskSnapshot.WindowDays) + 1).Select(half => summary.ComputedAt.AddDays(half / 2.0)).ToList();

        Assert.True(kept.Count < everyone.Count(c => AtRiskRanking.Signals(c.Rfm, CustomerFigures.Cooling(c.Totals, days[^1])) > 0));
        Assert.All(days, day => Assert.Equal(Ids(everyone, day, keep), Ids(kept, day, keep)));
    }

    [Fact]
    public void Rank_OverTheWindow_CustomersGoColdAndMoveUp()
    {
        var summary = Summary();
        var rfm = CustomerFigures.Rfm(summary.Accounts, summary.ComputedAt, SyntheticTenantFixture.Rates);
        var everyone = summary.Accounts.Where(t => rfm.ContainsKey(t.AccountId)).Select(t => Candidate(t, rfm[t.AccountId])).ToList();

        // The window is not idle: the list a week on is not the list at the computation, so reading must judge it anew.
        Assert.NotEqual(Ids(everyone, summary.ComputedAt, 50), Ids(everyone, summary.ComputedAt.AddDays(AtRiskSnapshot.WindowDays), 50));
    }

    [Fact]
    public async Task AtRiskAsync_AFirstCustomerWithoutAName_LeftOutAndTheNextMoveUp()
    {
        var summary = Summary();
        var first = ComputedOnRead(summary, summary.ComputedAt, 1, _ => true).Single().Split(' ')[0];

        var snapshot = await CustomerDocumentsBuilder.AtRiskAsync(summary, SyntheticTenantFixture.Rates, ids => NamesAsync([.. ids.Where(id => id != first)]));
        var kept = snapshot.As(summary.ComputedAt, CustomerInsightsService.MaxTake);

        Assert.DoesNotContain(kept.Accounts, a => a.AccountId == first);
        Assert.Equal(ComputedOnRead(summary, summary.ComputedAt, CustomerInsightsService.MaxTake, id => id != first), kept.Accounts.Select(Key));
    }

    private CustomerSummary Summary() => CustomerSummary.From(fixture.Tenant.Deals, fixture.Tenant.Interactions, fixture.Tenant.AsOf);

    private static List<string> Ids(IEnumerable<AtRiskCandidate> candidates, DateTimeOffset asOf, int top) => [.. AtRiskRanking.Rank(candidates, asOf, top).Select(a => a.AccountId)];

    private static AtRiskCandidate Candidate(CustomerTotals totals, RfmScore rfm) => new(Name(totals.AccountId), Owner(totals.AccountId), rfm, totals);

    private static Task<IReadOnlyList<AccountSummaryEntry>> NamesAsync(IReadOnlyCollection<string> ids) =>
        Task.FromResult<IReadOnlyList<AccountSummaryEntry>>([.. ids.Select(id => new AccountSummaryEntry(id, Name(id), Owner(id)))]);

    private static string Name(string accountId) => $"Company {accountId}";

    private static PersonRef Owner(string accountId) => new($"owner-{accountId.Length % 3}", "Owner");

    /// <summary>What the at-risk list computed on every read before it was kept: RFM over every customer's totals, going cold, the rule, the names.</summary>
    private static List<string> ComputedOnRead(CustomerSummary summary, DateTimeOffset now, int top, Func<string, bool> named)
    {
        var rfm = CustomerFigures.Rfm(summary.Accounts, now, SyntheticTenantFixture.Rates);
        return
        [
            .. summary.Accounts
                .Where(t => rfm.ContainsKey(t.AccountId) && named(t.AccountId))
                .Select(t => (Totals: t, Rfm: rfm[t.AccountId], Cooling: CustomerFigures.Cooling(t, now)))
                .Select(c => (c.Totals, c.Rfm, c.Cooling, Signals: (c.Rfm.Segment is RfmSegment.AtRisk or RfmSegment.Hibernating ? 1 : 0) + (c.Cooling?.IsCold == true ? 1 : 0)))
                .Where(c => c.Signals > 0)
                .OrderByDescending(c => c.Signals)
                .ThenByDescending(c => c.Rfm.Monetary)
                .ThenByDescending(c => c.Cooling is { } cooling ? cooling.DaysSinceLastTouch / cooling.ThresholdDays : 0)
                .ThenBy(c => c.Totals.AccountId, StringComparer.Ordinal)
                .Take(top)
                .Select(c => Key(new AtRiskAccount(c.Totals.AccountId, Name(c.Totals.AccountId), Owner(c.Totals.AccountId), c.Rfm, c.Cooling, c.Totals.LastWin, c.Totals.Revenue(), c.Rfm.Monetary))),
        ];
    }

    private static string Key(AtRiskAccount account) =>
        $"{account.AccountId} {account.Name} {account.Owner.UserId} {account.Rfm} {account.IsCold} {account.RevenueConverted} | {string.Join(" · ", account.Evidence(English))}";
}
