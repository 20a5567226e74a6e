using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// The insights use case every surface calls (API, tab, bot). Members get any scope of their tenant, answered from the
/// tenant's pipeline summary (one partition read; computed from the facts when there is none yet). A guest gets only
/// their own deals among those shared with their organisation — person scope, themselves — computed from those few
/// deals as the guest may see them; asked for anything else, or with no such deal, a guest is refused. Another
/// tenant's figures are never reachable: every read is keyed by the caller's tenant.
/// </summary>
public sealed class InsightsService(IAnalyticsStore store, IAccountStore accounts, ICrmIndex index, TimeProvider time)
{
    public async Task<CrmResult<PipelineInsights>> GetPipelineAsync(Caller caller, InsightsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } invalid)
        {
            return invalid;
        }

        var owners = query.Scope == InsightsScope.Person && query.Owners.Count == 0 ? [caller.UserId] : query.Owners;
        if (caller.IsGuest)
        {
            return query.Scope == InsightsScope.Person && owners[0] == caller.UserId
                ? await GuestPipelineAsync(caller, query, cancellationToken).ConfigureAwait(false)
                : CrmError.Forbidden();
        }

        var now = time.GetUtcNow();
        var today = AnalyticsPeriod.UtcDay(now);
        var scope = query.Scope == InsightsScope.Tenant ? AnalyticsScope.Tenant : AnalyticsScope.Team(owners);
        var facts = await store.ReadDealFactsAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var summary = await store.ReadSummaryAsync(caller.TenantId, cancellationToken).ConfigureAwait(false) ?? PipelineSummary.From(facts, now);
        var aggregate = summary.ToAggregate();
        var figures = PipelineCalculator.Figures(facts, scope, query.Period, today) with
        {
            OpenByStage = aggregate.OpenByStage(scope),
            OpenByOwner = aggregate.OpenByOwner(scope),
            WinRate = aggregate.WinRate(scope, query.Period),
            AverageWonDealSize = aggregate.AverageWonDealSize(scope, query.Period),
        };
        return new PipelineInsights(query.Period, query.Scope, owners, summary.ComputedAt, today, figures);
    }

    private async Task<CrmResult<PipelineInsights>> GuestPipelineAsync(Caller caller, InsightsQuery query, CancellationToken cancellationToken)
    {
        var organization = caller.PartnerOrganizationId;
        var shared = string.IsNullOrEmpty(organization)
            ? []
            : await index.ListPartnerSharesAsync(caller.TenantId, organization, cancellationToken).ConfigureAwait(false);
        var deals = new List<DealFact>();
        foreach (var accountId in shared.Select(s => s.AccountId).Distinct(StringComparer.Ordinal))
        {
            // The index only points; the account partition's shares decide (a share revoked a moment ago counts for nothing).
            var visible = await VisibleAccount.LoadAsync(accounts, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            if (visible.IsSuccess)
            {
                deals.AddRange(visible.Value.Partition.Deals
                    .Where(d => d.Owner.UserId == caller.UserId && visible.Value.Access.CanSeeDeal(d.Id))
                    .Select(d => FactMapper.ToFact(d, [])));
            }
        }

        if (deals.Count == 0)
        {
            return CrmError.Forbidden();
        }

        var now = time.GetUtcNow();
        var today = AnalyticsPeriod.UtcDay(now);
        return new PipelineInsights(query.Period, query.Scope, [caller.UserId], now, today, PipelineCalculator.Figures(deals, AnalyticsScope.Tenant, query.Period, today));
    }
}
