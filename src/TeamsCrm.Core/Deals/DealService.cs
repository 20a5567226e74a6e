using TeamsCrm.Core.Access;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Cards;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Core.Deals;

/// <summary>Use cases of deals: create, update and move through the pipeline.</summary>
public sealed class DealService(IAccountStore store, TimeProvider time)
{
    private readonly AuditTrail audit = new(time);

    public async Task<CrmResult<DealView>> GetAsync(Caller caller, string accountId, string dealId, CancellationToken cancellationToken = default)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var deal = partition.FindDeal(dealId);
        return deal is not null && access.CanSeeDeal(deal.Id)
            ? CustomerCardAssembler.ToView(deal, access)
            : CrmError.NotFound();
    }

    public async Task<CrmResult<Deal>> CreateAsync(Caller caller, string accountId, DealInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (!loaded.Value.Access.Can(CrmAction.CreateDeal))
        {
            return CrmError.Forbidden();
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        var blank = new Deal
        {
            Id = CrmIds.New(time),
            AccountId = loaded.Value.Partition.Account.Id,
            Title = input.Title,
            Owner = caller.AsPerson(),
            Probability = DealStages.DefaultProbability(DealStage.New),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var deal = input.ApplyTo(blank, now);
        var changes = new ChangeSet()
            .Insert(deal)
            .Record(audit.Entry(caller, deal.AccountId, "Created", "Deal", deal.Id, null, deal));
        return await ChangeCommitter.CommitAsync(
            store, caller, deal.AccountId, changes,
            versions => deal with { Version = versions[0] },
            _ => Task.FromResult<object?>(null),
            cancellationToken);
    }

    /// <summary>Updates a deal's fields. A partner's update leaves the internal fields (probability, source, owner) as they were.</summary>
    public async Task<CrmResult<Deal>> UpdateAsync(Caller caller, string accountId, string dealId, DealInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(caller, accountId, dealId, CrmAction.UpdateDeal, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var before = found.Value;
        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        var effective = caller.IsGuest ? input with { Probability = null, Source = before.Source, Owner = null } : input;
        var after = effective.ApplyTo(before, time.GetUtcNow());
        return await CommitDealAsync(caller, before, after, "Updated", cancellationToken);
    }

    /// <summary>Moves a deal to another stage if the pipeline allows the step; the probability follows the stage.</summary>
    public async Task<CrmResult<Deal>> ChangeStageAsync(Caller caller, string accountId, string dealId, DealStage stage, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(caller, accountId, dealId, CrmAction.ChangeDealStage, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (new InputCheck().Defined("stage", stage).ToError() is { } invalid)
        {
            return invalid;
        }

        var before = found.Value;
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

        var after = before with { Stage = stage, Probability = DealStages.DefaultProbability(stage), UpdatedAt = time.GetUtcNow() };
        return await CommitDealAsync(caller, before, after, "StageChanged", cancellationToken);
    }

    private async Task<CrmResult<Deal>> FindAsync(Caller caller, string accountId, string dealId, CrmAction action, CancellationToken cancellationToken)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var deal = partition.FindDeal(dealId);
        if (deal is null || !access.CanSeeDeal(deal.Id))
        {
            return CrmError.NotFound();
        }

        return access.Can(action, deal.Id) ? deal : CrmError.Forbidden();
    }

    private Task<CrmResult<Deal>> CommitDealAsync(Caller caller, Deal before, Deal after, string action, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet()
            .Update(before, after)
            .Record(audit.Entry(caller, before.AccountId, action, "Deal", before.Id, before, after));
        return ChangeCommitter.CommitAsync(
            store, caller, before.AccountId, changes,
            versions => after with { Version = versions[0] },
            async ct => await store.GetRecordIfExistsAsync<Deal>(caller.TenantId, before.AccountId, before.Id, ct),
            cancellationToken);
    }
}
