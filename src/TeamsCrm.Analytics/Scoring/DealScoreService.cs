using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Access;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// Explained deal scores and the model behind them. Members of the tenant get any deal's score (a deal that does not
/// exist is not found); a guest gets none (forbidden, whatever the deal: scores are internal). The model's quality and
/// retraining on demand are for the tenant's CRM administrators. A deal is scored from its account's current facts
/// (interactions logged since training count) with the tenant's model (<see cref="ScoreModelRegistry"/>).
/// </summary>
public sealed class DealScoreService(IAnalyticsStore facts, ICustomerFactsStore customers, IAccountStore accounts, ScoreModelRegistry models, TimeProvider time)
{
    /// <summary>The deal's score 0–100 with its top factors (strongest first), the model's or the cold start's.</summary>
    public async Task<CrmResult<DealScoreInsight>> ScoreAsync(Caller caller, string accountId, string dealId, CancellationToken cancellationToken = default)
    {
        var loaded = await CustomerInsightsAccess.LoadAccountAsync(accounts, caller, accountId, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var deal = loaded.Value!.FindDeal(dealId ?? string.Empty);
        if (deal is null)
        {
            return CrmError.NotFound();
        }

        var scored = await ScoreDealsAsync(caller.TenantId, loaded.Value, [deal], cancellationToken).ConfigureAwait(false);
        return scored[0];
    }

    /// <summary>The scores of some deals of one account partition, in the order given (no access check: the caller did it).</summary>
    internal async Task<IReadOnlyList<DealScoreInsight>> ScoreDealsAsync(string tenantId, AccountPartition partition, IReadOnlyList<Deal> deals, CancellationToken cancellationToken)
    {
        if (deals.Count == 0)
        {
            return [];
        }

        var scorer = await models.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var accountId = partition.Account.Id;
        var dealFacts = (await facts.ReadAccountDealFactsAsync(tenantId, accountId, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var interactions = await customers.ReadAccountInteractionFactsAsync(tenantId, accountId, cancellationToken).ConfigureAwait(false);
        var account = FactMapper.ToFact(partition.Account);
        var now = time.GetUtcNow();
        return
        [
            .. deals.Select(deal =>
            {
                // The fact carries the products; until the outbox has written it, the record stands in without them.
                var fact = dealFacts.GetValueOrDefault(deal.Id) is { } stored && stored.Stage == deal.Stage ? stored : FactMapper.ToFact(deal, []);
                return DealScoreInsight.Of(deal, scorer.Score(fact, account, interactions, now), scorer.TrainedAt);
            }),
        ];
    }

    /// <summary>The model's quality for admins: AUC on held-out deals, when trained, deals used — or how many more the cold start needs.</summary>
    public Task<CrmResult<ModelStatus>> GetModelAsync(Caller caller, CancellationToken cancellationToken = default) =>
        ForAdminsAsync(caller, () => models.GetAsync(caller.TenantId, cancellationToken));

    /// <summary>Retrains the tenant's model on its closed deals now (admins), and answers its new quality.</summary>
    public Task<CrmResult<ModelStatus>> RetrainAsync(Caller caller, CancellationToken cancellationToken = default) =>
        ForAdminsAsync(caller, () => models.RetrainAsync(caller.TenantId, cancellationToken));

    private static async Task<CrmResult<ModelStatus>> ForAdminsAsync(Caller caller, Func<Task<DealScorer>> scorer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.CanManageScoreModel(caller))
        {
            return CrmError.Forbidden();
        }

        var model = await scorer().ConfigureAwait(false);
        return new ModelStatus(model.TrainedAt, model.Quality);
    }
}
