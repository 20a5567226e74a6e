using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// The insights use case every surface calls (API, tab, bot). Members get any scope of their tenant, answered from the
/// tenant's pipeline summary (one partition read, or one point read while the kept summary is current; computed from
/// the facts and stored when there is none yet or it is older than its slipped-deals window). A guest gets only
/// their own deals among those shared with their organisation — person scope, themselves — computed from those few
/// deals as the guest may see them; asked for anything else, or with no such deal, a guest is refused. Another
/// tenant's figures are never reachable: every read is keyed by the caller's tenant. Figures already computed from the
/// same summary are answered from <see cref="PipelineFiguresMemo"/>.
/// </summary>
public sealed class InsightsService(IAnalyticsStore store, IAccountStore accounts, ICrmIndex index, PipelineFiguresMemo memo, TimeProvider time)
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
        var summary = await store.ReadSummaryAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        if (summary is not null && memo.Figures(caller.TenantId, summary, scope, query.Period, today) is { } figures)
        {
            return new PipelineInsights(query.Period, query.Scope, owners, summary.ComputedAt, today, figures);
        }

        // No summary yet, or one older than its slipped-deals window (a tenant without changes for days): compute it
        // from the facts now and store it, so the next question is answered from it again.
        summary = PipelineSummary.From(await store.ReadDealFactsAsync(caller.TenantId, cancellationToken).ConfigureAwait(false), now);
        await store.WriteSummaryAsync(caller.TenantId, summary, cancellationToken).ConfigureAwait(false);
        return new PipelineInsights(query.Period, query.Scope, owners, summary.ComputedAt, today, summary.Figures(scope, query.Period, today)!);
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
                // The partition says which deals and how they are now; the facts add the stage history they went through.
                var history = (await store.ReadAccountDealFactsAsync(caller.TenantId, accountId, cancellationToken).ConfigureAwait(false))
                    .ToDictionary(f => f.Id, f => f.StageHistory, StringComparer.Ordinal);
                deals.AddRange(visible.Value.Partition.Deals
                    .Where(d => d.Owner.UserId == caller.UserId && visible.Value.Access.CanSeeDeal(d.Id))
                    .Select(d => FactMapper.ToFact(d, []) with { StageHistory = history.GetValueOrDefault(d.Id) ?? [] }));
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
