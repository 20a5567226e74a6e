using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// Lead handoffs. Starting one also touches the deal under its version, so two concurrent handoffs
/// of one deal cannot both succeed; accepting one moves the deal's ownership, the handoff and the
/// audit trail in one atomic transaction.
/// </summary>
public sealed class HandoffService(IAccountStore store, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<CrmResult<Handoff>> HandOffAsync(Caller caller, HandoffRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var gate = await AccountGate.AuthorizeDealAsync(
            store, caller, request.AccountId, request.DealId, CrmAction.HandOffDeal, () => request.Validate(now), cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var (partition, _, deal) = gate.Value;

        if (HandoffRules.Violation(caller, request, partition, deal) is { } violation)
        {
            return CrmError.Rule(violation);
        }

        var handoff = new Handoff
        {
            Id = CrmIds.New(time),
            AccountId = deal.AccountId,
            DealId = deal.Id,
            From = caller.AsPerson(),
            To = request.Recipient.AsPerson(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            DueAt = request.DueAt,
            CreatedAt = now,
        };
        var guardedDeal = deal with { UpdatedAt = now };
        var changes = new ChangeSet()
            .Insert(handoff)
            .Update(deal, guardedDeal)
            .Record(_audit.Entry(caller, deal.AccountId, "HandoffStarted", "Handoff", handoff.Id, null, handoff))
            .Notify(HandoffNotifications.Offered(handoff, time));
        return await ChangeCommitter.CommitAsync(
            store, caller, deal.AccountId, changes,
            versions => handoff with { Version = versions[0] },
            async ct => await store.GetRecordIfExistsAsync<Deal>(caller.TenantId, deal.AccountId, deal.Id, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recipient takes the deal: owner, handoff and audit change together or not at all.</summary>
    public async Task<CrmResult<HandoffOutcome>> AcceptAsync(Caller caller, string accountId, string handoffId, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(caller, accountId, handoffId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (handoff, deal, _) = found.Value;
        var accepted = handoff.Accept(caller, time.GetUtcNow());
        if (!accepted.IsSuccess)
        {
            return accepted.Error;
        }

        if (!deal.IsOpen)
        {
            return CrmError.Rule(ErrorCodes.DealClosed);
        }

        var now = time.GetUtcNow();
        var newDeal = deal with { Owner = handoff.To, UpdatedAt = now };
        var changes = new ChangeSet()
            .Update(handoff, accepted.Value)
            .Update(deal, newDeal)
            .Record(_audit.Entry(caller, deal.AccountId, "HandoffAccepted", "Handoff", handoff.Id, handoff, accepted.Value))
            .Record(_audit.Entry(caller, deal.AccountId, "OwnerChanged", "Deal", deal.Id, deal, newDeal));
        changes.Notify(HandoffNotifications.Answered(accepted.Value, caller, time));
        return await ChangeCommitter.CommitAsync(
            store, caller, deal.AccountId, changes,
            versions => new HandoffOutcome(accepted.Value with { Version = versions[0] }, newDeal with { Version = versions[1] }),
            ct => ReadCurrentAsync(caller, handoff, ct),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<CrmResult<HandoffOutcome>> DeclineAsync(Caller caller, string accountId, string handoffId, string reason, CancellationToken cancellationToken = default)
    {
        var check = new InputCheck().RequiredText("reason", reason, FieldLimits.Reason).ToError();
        return check is not null
            ? Task.FromResult(CrmResult<HandoffOutcome>.Failure(check))
            : CloseAsync(caller, accountId, handoffId, "HandoffDeclined", h => h.Decline(caller, reason, time.GetUtcNow()), cancellationToken);
    }

    public Task<CrmResult<HandoffOutcome>> CancelAsync(Caller caller, string accountId, string handoffId, CancellationToken cancellationToken = default) =>
        CloseAsync(caller, accountId, handoffId, "HandoffCancelled", h => h.Cancel(caller, time.GetUtcNow()), cancellationToken);

    private async Task<CrmResult<HandoffOutcome>> CloseAsync(
        Caller caller, string accountId, string handoffId, string action, Func<Handoff, CrmResult<Handoff>> transition, CancellationToken cancellationToken)
    {
        var found = await FindAsync(caller, accountId, handoffId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var (handoff, deal, _) = found.Value;
        var closed = transition(handoff);
        if (!closed.IsSuccess)
        {
            return closed.Error;
        }

        var changes = new ChangeSet()
            .Update(handoff, closed.Value)
            .Record(_audit.Entry(caller, handoff.AccountId, action, "Handoff", handoff.Id, handoff, closed.Value));
        changes.Notify(HandoffNotifications.Answered(closed.Value, caller, time));
        return await ChangeCommitter.CommitAsync(
            store, caller, handoff.AccountId, changes,
            versions => new HandoffOutcome(closed.Value with { Version = versions[0] }, deal),
            ct => ReadCurrentAsync(caller, handoff, ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One handoff as <paramref name="caller"/> may see it now (the access policy decides again): NotFound when they may
    /// not see it, Forbidden for a guest recipient who may no longer receive it.
    /// </summary>
    public async Task<CrmResult<VisibleHandoff>> GetAsync(Caller caller, string accountId, string handoffId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var found = await FindAsync(caller, accountId, handoffId, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? new VisibleHandoff(found.Value.Handoff, found.Value.Deal, found.Value.AccountName) : found.Error;
    }

    /// <summary>
    /// The member <paramref name="caller"/> may hand <paramref name="dealId"/> back to (<see cref="GuestHandBack"/>), read
    /// from all of the account's handoffs; null when there is none or the deal is not visible to them.
    /// </summary>
    public async Task<PersonRef?> HandBackRecipientAsync(Caller caller, string accountId, string dealId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        return loaded.IsSuccess && loaded.Value.Access.CanSeeDeal(dealId)
            ? GuestHandBack.RecipientFor(loaded.Value.Partition.Handoffs, dealId, caller.UserId)
            : null;
    }

    private async Task<CrmResult<(Handoff Handoff, Deal Deal, string AccountName)>> FindAsync(Caller caller, string accountId, string handoffId, CancellationToken cancellationToken)
    {
        var loaded = await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var handoff = partition.FindHandoff(handoffId);
        var deal = handoff is null ? null : partition.FindDeal(handoff.DealId);
        if (handoff is null || deal is null || !CustomerCardAssembler.IsVisible(handoff, access))
        {
            return CrmError.NotFound();
        }

        if (caller.IsGuest && handoff.To.UserId == caller.UserId && !access.Can(CrmAction.ReceiveHandoff, deal.Id))
        {
            return CrmError.Forbidden();
        }

        return (handoff, deal, partition.Account.Name);
    }

    private async Task<object?> ReadCurrentAsync(Caller caller, Handoff handoff, CancellationToken cancellationToken)
    {
        var current = await store.GetRecordIfExistsAsync<Handoff>(caller.TenantId, handoff.AccountId, handoff.Id, cancellationToken).ConfigureAwait(false);
        var deal = await store.GetRecordIfExistsAsync<Deal>(caller.TenantId, handoff.AccountId, handoff.DealId, cancellationToken).ConfigureAwait(false);
        return current is null || deal is null ? null : new HandoffOutcome(current, deal);
    }
}
