using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Products;

namespace TeamsCrm.Core.Deals;

/// <summary>Use cases of deals: create, update and move through the pipeline.</summary>
public sealed partial class DealService(IAccountStore store, ProductReferences products, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<DealView>> GetAsync(Caller caller, string accountId, string dealId, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeDealAsync(store, caller, accountId, dealId, CrmAction.ViewDeal, cancellationToken: cancellationToken).ConfigureAwait(false);
        return gate.IsSuccess ? CustomerCardAssembler.ToView(gate.Value.Deal, gate.Value.Access) : gate.Error;
    }

    public async Task<CrmResult<Deal>> CreateAsync(Caller caller, string accountId, DealInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.CreateDeal, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        if (await products.CheckLinesAsync(caller.TenantId, input.LineItems, [], cancellationToken).ConfigureAwait(false) is { } unknown)
        {
            return unknown;
        }

        var now = time.GetUtcNow();
        var blank = new Deal
        {
            Id = CrmIds.New(time),
            AccountId = gate.Value.Partition.Account.Id,
            Title = input.Title,
            Owner = caller.AsPerson(),
            Probability = DealStages.DefaultProbability(DealStage.New),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var deal = input.ApplyTo(blank, now);
        var changes = new ChangeSet()
            .Insert(deal)
            .Record(_audit.Entry(caller, deal.AccountId, "Created", "Deal", deal.Id, null, deal));
        return await ChangeCommitter.CommitNewAsync(store, caller, deal.AccountId, changes, version => deal with { Version = version }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Updates a deal's fields. A partner's update leaves the internal fields (probability, source, owner, line items) as they were.</summary>
    public async Task<CrmResult<Deal>> UpdateAsync(Caller caller, string accountId, string dealId, DealInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gate = await AccountGate.AuthorizeDealAsync(store, caller, accountId, dealId, CrmAction.UpdateDeal, input.Validate, cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var before = gate.Value.Deal;
        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var effective = caller.IsGuest ? input with { Probability = null, Source = before.Source, Owner = null, LineItems = null } : input;
        if (await products.CheckLinesAsync(caller.TenantId, effective.LineItems, before.LineItems, cancellationToken).ConfigureAwait(false) is { } unknown)
        {
            return unknown;
        }

        var after = effective.ApplyTo(before, time.GetUtcNow());
        return await CommitDealAsync(caller, before, after, "Updated", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves a deal to another stage if the pipeline allows the step; the probability follows the stage.</summary>
    public async Task<CrmResult<Deal>> ChangeStageAsync(Caller caller, string accountId, string dealId, DealStage stage, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeDealAsync(
            store, caller, accountId, dealId, CrmAction.ChangeDealStage, () => new InputCheck().Defined("stage", stage).ToError(), cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var before = gate.Value.Deal;
        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        if (!before.IsOpen)
        {
            return CrmError.Rule(ErrorCodes.DealClosed);
        }

        if (!DealStages.CanMove(before.Stage, stage))
        {
            return CrmError.Rule(ErrorCodes.StageTransitionNotAllowed);
        }

        var now = time.GetUtcNow();
        var after = before with { Stage = stage, Probability = DealStages.DefaultProbability(stage), UpdatedAt = now, ClosedAt = DealStages.IsOpen(stage) ? null : now };
        return await CommitDealAsync(caller, before, after, "StageChanged", cancellationToken).ConfigureAwait(false);
    }

    private Task<CrmResult<Deal>> CommitDealAsync(Caller caller, Deal before, Deal after, string action, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet()
            .Update(before, after)
            .Record(_audit.Entry(caller, before.AccountId, action, "Deal", before.Id, before, after));
        return ChangeCommitter.CommitUpdateAsync<Deal>(
            store, caller, before.AccountId, before.Id, changes, version => after with { Version = version }, cancellationToken);
    }
}
