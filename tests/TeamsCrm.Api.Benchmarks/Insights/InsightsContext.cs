using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// What the insights rows use: the running app, the member's API client, tab session and 1:1 chat with the bot, and
/// the same storage in-process (the use case, the store).
/// </summary>
internal sealed class InsightsContext(AppProcess app, ApiReader member, IServiceProvider services, string someOwner)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private List<string>? _slippedAccounts;

    public AppProcess App => app;

    public ApiReader Member => member;

    /// <summary>The member's tab session (signed in once, as Teams' SSO does).</summary>
    public required TabPageReader Tab { get; init; }

    /// <summary>The member's 1:1 chat with the bot, through the loopback Bot Connector.</summary>
    public required BotMessageSender Bot { get; init; }

    /// <summary>The app's storage registrations in this process (same tables), with the analytics' use cases.</summary>
    public IServiceProvider Services => services;

    public string SomeOwner => someOwner;

    /// <summary>The last twelve months and this one.</summary>
    public string YearQuery { get; } = $"from={Today.AddMonths(-12):yyyy-MM}&to={Today.AddMonths(1):yyyy-MM}";

    public async Task UseCaseAsync(InsightsScope scope)
    {
        var quarter = new DateOnly(Today.Year, (((Today.Month - 1) / 3) * 3) + 1, 1);
        var answer = await services.GetRequiredService<InsightsService>()
            .GetPipelineAsync(MemberCaller(), new InsightsQuery(new(quarter, quarter.AddMonths(3)), scope, []));
        if (!answer.IsSuccess)
        {
            throw new InvalidOperationException($"The insights use case failed: {answer.Error.Code}");
        }
    }

    /// <summary>
    /// Every read of the page's first HTML in-process, started at once as the page starts them: the member's own
    /// figures of this quarter, the call list, the customers at risk and the products × segments. The page's row minus
    /// this one is its frame and rendering.
    /// </summary>
    public Task PageReadsAsync() => Task.WhenAll(UseCaseAsync(InsightsScope.Person), CallListAsync(), AtRiskAsync(), MiningAsync());

    /// <summary>The insights page's call list, as its prerender asks for it for the member (10 calls); throws when empty.</summary>
    public async Task CallListAsync()
    {
        var calls = await services.GetRequiredService<CallListService>().TodayAsync(MemberCaller(), 10);
        if (calls.Value?.Entries.Count is not > 0)
        {
            throw new InvalidOperationException("The call list failed or was empty.");
        }
    }

    /// <summary>The insights page's customers at risk, as its prerender asks for them for the member (10); throws when empty.</summary>
    public async Task AtRiskAsync()
    {
        var atRisk = await services.GetRequiredService<CustomerInsightsService>().GetAtRiskAsync(MemberCaller(), 10);
        if (atRisk.Value?.Accounts.Count is not > 0)
        {
            throw new InvalidOperationException("The customers at risk failed or were empty.");
        }
    }

    /// <summary>
    /// The page's call list as it was read before the read beside it (2026-12-05 13:21): the candidates' row version
    /// (kept copy), THEN the ten highest-ranked candidates' open-deals index rows as ten point reads at once.
    /// </summary>
    public async Task CallListBeforeAsync()
    {
        var caller = MemberCaller();
        var candidates = await services.GetRequiredService<ICustomerFactsStore>().ReadCallCandidatesAsync(caller.TenantId, caller.UserId)
            ?? throw new InvalidOperationException("No call-list candidates.");
        var (now, rates) = (DateTimeOffset.UtcNow, new AnalyticsOptions().Rates());
        var partition = StorageKeys.PersonalPartition(caller.TenantId, caller.UserId);
        var index = services.GetRequiredService<CrmTables>().Index;
        var read = await Task.WhenAll(candidates.Deals.OrderByDescending(c => CallPriority.Of(c, now, rates).Priority).Take(10).Select(c => index.GetEntityIfExistsAsync<TableEntity>(
            partition, IndexProjection.PersonalRowKey(PersonalListKind.OwnedDeals, c.AccountId, c.DealId), select: ["AccountId", "RecordId"])));
        if (!read.Any(r => r.HasValue))
        {
            throw new InvalidOperationException("None of the call-list candidates is in the open-deals index.");
        }
    }

    /// <summary>The insights page's products × segments, as its prerender asks for them for the member (the kept mining summary).</summary>
    public async Task MiningAsync()
    {
        var mining = await services.GetRequiredService<MiningInsightsService>().GetAsync(MemberCaller(), new MiningQuery());
        if (!mining.IsSuccess)
        {
            throw new InvalidOperationException($"The mining failed: {mining.Error.Code}");
        }
    }

    /// <summary>
    /// What the page's slipped deals' account names cost without the page's kept names: the index read of the accounts
    /// of the member's largest slipped deals this quarter (the generated accounts have no index entry: each a miss).
    /// </summary>
    public async Task SlippedNamesAsync()
    {
        var quarter = new DateOnly(Today.Year, (((Today.Month - 1) / 3) * 3) + 1, 1);
        _slippedAccounts ??= [.. (await services.GetRequiredService<InsightsService>()
            .GetPipelineAsync(MemberCaller(), new InsightsQuery(new(quarter, quarter.AddMonths(3)), InsightsScope.Person, []))).Value!.Figures.Slipped.Largest
            .Select(d => d.AccountId).Distinct(StringComparer.Ordinal)];
        _ = await services.GetRequiredService<ICrmIndex>().GetAccountSummariesAsync(InsightsTenant.TenantId, _slippedAccounts);
    }

    private static Caller MemberCaller() => new(InsightsTenant.TenantId, DemoPeople.Megan.AadObjectId, DemoPeople.Megan.Name, CallerRole.Member);

    /// <summary>The summary read as a fresh store does it (no parsed copy kept): the whole partition and its JSON.</summary>
    public async Task ColdSummaryReadAsync()
    {
        var store = new TableAnalyticsStore(services.GetRequiredService<CrmTables>(), services.GetRequiredService<IProductCatalogStore>());
        _ = await store.ReadSummaryAsync(InsightsTenant.TenantId) ?? throw new InvalidOperationException("The large tenant has no summary.");
    }
}
