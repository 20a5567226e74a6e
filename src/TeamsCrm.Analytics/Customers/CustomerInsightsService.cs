using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Channels;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// Customer value and risk for the surfaces (API, tab, bot). Members of the tenant only: a guest is forbidden, whatever
/// the account (these are internal judgements about customers). An account that does not exist is not found; every
/// read is keyed by the caller's tenant. The at-risk list reads the customers at risk kept with the customer summary
/// (<see cref="AtRiskSnapshot"/>: one point read while the kept copy is current) and ranks them as of now; one account's
/// insights read its partition and its own facts.
/// </summary>
public sealed class CustomerInsightsService(
    IAnalyticsStore facts,
    ICustomerFactsStore customers,
    IAccountStore accounts,
    DealScoreService scores,
    CustomerDocumentsBuilder documents,
    IOptions<AnalyticsOptions> options,
    TimeProvider time)
{
    public const int MaxTake = 100;

    /// <summary>
    /// The customers at risk, ranked (see <see cref="AtRiskCustomers"/>), at most <paramref name="top"/> (1–100).
    /// A customer is an account with a won deal; it is at risk when its RFM segment is "at risk" or "hibernating", or
    /// when it is going cold against its own rhythm.
    /// </summary>
    public async Task<CrmResult<AtRiskCustomers>> GetAtRiskAsync(Caller caller, int top = 20, CancellationToken cancellationToken = default)
    {
        if (CustomerInsightsAccess.ListRefusal(caller, top, MaxTake) is { } refused)
        {
            return refused;
        }

        var atRisk = await customers.ReadAtRiskAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (atRisk is null || !atRisk.Answers(time.GetUtcNow()))
        {
            atRisk = (await documents.RefreshAsync(caller.TenantId, cancellationToken).ConfigureAwait(false)).AtRisk;
        }

        return atRisk.As(time.GetUtcNow(), top);
    }

    /// <summary>One account's revenue and margin over time, lifetime value, RFM segment, cooling, contacts' best channels and open deal scores.</summary>
    public async Task<CrmResult<AccountInsights>> GetAccountAsync(Caller caller, string accountId, CancellationToken cancellationToken = default)
    {
        var loaded = await CustomerInsightsAccess.LoadAccountAsync(accounts, caller, accountId, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var partition = loaded.Value!;
        var id = partition.Account.Id;
        var deals = await facts.ReadAccountDealFactsAsync(caller.TenantId, id, cancellationToken).ConfigureAwait(false);
        var interactions = await customers.ReadAccountInteractionFactsAsync(caller.TenantId, id, cancellationToken).ConfigureAwait(false);
        var summary = await SummaryAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var own = CustomerSummary.Totals(id, [.. deals.Where(d => d.IsWon && d.ClosedAt <= now)], [.. interactions.Where(i => i.OccurredAt <= now)]);
        var rfm = CustomerFigures.Rfm([.. summary.Accounts.Where(t => t.AccountId != id), own], now, options.Value.Rates());
        var months = LastMonths(now, 12);
        var channels = BestChannelFinder.Analyze(interactions).ToDictionary(c => c.ContactId, StringComparer.Ordinal);
        var openDeals = await scores.ScoreDealsAsync(caller.TenantId, partition, [.. partition.Deals.Where(d => d.IsOpen)], cancellationToken).ConfigureAwait(false);
        return new AccountInsights(
            id,
            partition.Account.Name,
            now,
            RevenueCalculator.ByAccount(deals, months),
            RevenueCalculator.ByAccount(deals, LastQuarters(now, 4), 3),
            LifetimeValueEstimator.Estimate(deals, now),
            rfm.GetValueOrDefault(id) ?? CustomerFigures.Prospect(id),
            CustomerFigures.Cooling(own, now),
            [.. partition.Contacts
                .OrderBy(c => c.FullName, StringComparer.CurrentCultureIgnoreCase)
                .Select(c => new ContactChannelInsight(c.Id, c.FullName, channels.GetValueOrDefault(c.Id) ?? new ContactChannels(c.Id, id, [], null, new BestChannelOptions().MinimumOutbound)))],
            [.. openDeals.OrderByDescending(d => d.Score).ThenBy(d => d.DealId, StringComparer.Ordinal)]);
    }

    /// <summary>The tenant's customer summary; computed from the facts on the spot before the first refresh.</summary>
    internal async Task<CustomerSummary> SummaryAsync(string tenantId, CancellationToken cancellationToken) =>
        await customers.ReadCustomerSummaryAsync(tenantId, cancellationToken).ConfigureAwait(false)
        ?? CustomerSummary.From(
            await facts.ReadDealFactsAsync(tenantId, cancellationToken).ConfigureAwait(false),
            await customers.ReadInteractionFactsAsync(tenantId, cancellationToken).ConfigureAwait(false),
            time.GetUtcNow());

    /// <summary>The last <paramref name="count"/> calendar months, the current one included.</summary>
    internal static AnalyticsPeriod LastMonths(DateTimeOffset now, int count)
    {
        var thisMonth = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1);
        return new AnalyticsPeriod(thisMonth.AddMonths(1 - count), thisMonth.AddMonths(1));
    }

    /// <summary>The last <paramref name="count"/> calendar quarters, the current one included.</summary>
    internal static AnalyticsPeriod LastQuarters(DateTimeOffset now, int count)
    {
        var day = now.UtcDateTime;
        var thisQuarter = new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);
        return new AnalyticsPeriod(thisQuarter.AddMonths(3 * (1 - count)), thisQuarter.AddMonths(3));
    }
}
