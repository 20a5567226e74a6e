using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// Shares accounts and deals with partner organisations, and takes shares back. Taking a share back (or lowering its
/// level) also withdraws, in the same transaction, every pending handoff to a guest who may no longer receive it
/// (<see cref="ShareRevocation"/>), and tells both parties (durably) in the terms each may see. Every committed change
/// bumps the tenant's <see cref="ISharingVersion"/>, so open pages on other app instances hear of it.
/// </summary>
public sealed class ShareService(IAccountStore store, IPartnerDirectory partners, CallerResolver people, ISharingVersion sharing, TimeProvider time)
{
    /// <summary>Handoffs withdrawn per transaction: each takes four entities (handoff, audit, two notifications) of the 100 a transaction holds.</summary>
    internal const int WithdrawalsPerTransaction = 20;

    /// <summary>The audit action of a share whose level changed (a new share, or the same level again, is "Shared").</summary>
    public const string ShareLevelChanged = "ShareLevelChanged";

    private readonly AuditTrail _audit = new(time);
    private readonly HandoffWithdrawal _withdrawal = new(time);

    /// <summary>The partner organisations the account may be shared with (by name), for a caller who may manage its shares.</summary>
    public async Task<CrmResult<IReadOnlyList<PartnerOrganization>>> PartnerOrganizationsAsync(Caller caller, string? accountId, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageShares, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var all = await partners.ListAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return CrmResult<IReadOnlyList<PartnerOrganization>>.Success([.. all.Where(p => !p.IsArchived).OrderBy(p => p.Name, StringComparer.CurrentCulture)]);
    }

    /// <summary>Shares the account (or one deal of it) with an organisation; sharing again changes the level.</summary>
    public Task<CrmResult<Share>> ShareAsync(Caller caller, string accountId, string partnerOrganizationId, ShareLevel level, string? dealId = null, CancellationToken cancellationToken = default) =>
        ShareAsync(caller, accountId, partnerOrganizationId, level, dealId, null, cancellationToken);

    /// <summary>
    /// Shares, or changes the level, only if the share is still what the person <paramref name="seen"/> (null: whatever it
    /// is now); otherwise Conflict with the share as it is now (null: not shared any more) and nothing changes.
    /// </summary>
    public async Task<CrmResult<Share>> ShareAsync(
        Caller caller, string accountId, string partnerOrganizationId, ShareLevel level, string? dealId, ShareSeen? seen, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeAsync(
            store, caller, accountId, CrmAction.ManageShares, () => new InputCheck().Defined("level", level).ToError(), cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var partition = gate.Value.Partition;
        var organization = await partners.GetIfExistsAsync(caller.TenantId, partnerOrganizationId, cancellationToken).ConfigureAwait(false);
        if (organization is null || organization.IsArchived || (dealId is not null && partition.FindDeal(dealId) is null))
        {
            return CrmError.Rule(ErrorCodes.ShareTargetMissing);
        }

        var existing = partition.Shares.FirstOrDefault(s => s.PartnerOrganizationId == organization.Id && s.DealId == dealId);
        if (seen is not null && !seen.Matches(existing))
        {
            return CrmError.Conflict(existing); // someone else shared, changed or unshared meanwhile: the person decides again
        }

        var share = new Share
        {
            AccountId = partition.Account.Id,
            DealId = dealId,
            PartnerOrganizationId = organization.Id,
            PartnerOrganizationName = organization.Name,
            Level = level,
            SharedBy = caller.AsPerson(),
            SharedAt = time.GetUtcNow(),
        };
        var changes = existing is null ? new ChangeSet().Insert(share) : new ChangeSet().Update(existing, share);
        var action = existing is not null && existing.Level != level ? ShareLevelChanged : "Shared";
        changes.Record(_audit.Entry(caller, share.AccountId, action, "Share", ShareKeys.For(share), existing, share));
        var withdrawn = existing is null || existing.Level <= level
            ? []
            : await WithdrawalsAsync(caller, partition, existing, [.. partition.Shares.Where(s => s != existing), share], cancellationToken).ConfigureAwait(false);
        return await CommitWithWithdrawalsAsync(
            caller, share.AccountId, withdrawn, changes,
            versions => share with { Version = versions[0] },
            async ct => await store.GetRecordIfExistsAsync<Share>(caller.TenantId, share.AccountId, ShareKeys.For(share), ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<CrmResult<Share>> UnshareAsync(Caller caller, string accountId, string partnerOrganizationId, string? dealId = null, CancellationToken cancellationToken = default) =>
        UnshareAsync(caller, accountId, partnerOrganizationId, dealId, null, cancellationToken);

    /// <summary>Stops sharing only if the share is still what the person <paramref name="seen"/> (null: whatever it is now); otherwise Conflict with the share as it is now.</summary>
    public async Task<CrmResult<Share>> UnshareAsync(
        Caller caller, string accountId, string partnerOrganizationId, string? dealId, ShareSeen? seen, CancellationToken cancellationToken = default)
    {
        var gate = await AccountGate.AuthorizeAsync(store, caller, accountId, CrmAction.ManageShares, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!gate.IsSuccess)
        {
            return gate.Error;
        }

        var partition = gate.Value.Partition;
        var existing = partition.Shares.FirstOrDefault(s => s.PartnerOrganizationId == partnerOrganizationId && s.DealId == dealId);
        if (seen is not null && !seen.Matches(existing))
        {
            return CrmError.Conflict(existing);
        }

        if (existing is null)
        {
            return CrmError.NotFound();
        }

        var withdrawn = await WithdrawalsAsync(caller, partition, existing, [.. partition.Shares.Where(s => s != existing)], cancellationToken).ConfigureAwait(false);
        var changes = new ChangeSet()
            .Delete(existing)
            .Record(_audit.Entry(caller, existing.AccountId, "Unshared", "Share", ShareKeys.For(existing), existing, null));
        return await CommitWithWithdrawalsAsync(
            caller, existing.AccountId, withdrawn, changes,
            _ => existing,
            async ct => await store.GetRecordIfExistsAsync<Share>(caller.TenantId, existing.AccountId, ShareKeys.For(existing), ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Commits <paramref name="final"/> together with the withdrawal of <paramref name="withdrawn"/>. More withdrawals than
    /// one transaction holds go in earlier transactions first, so a share is never reduced while a handoff to a guest who
    /// loses access is still open (a failure in between leaves the share as it was, and a retry finishes the job).
    /// </summary>
    private async Task<CrmResult<T>> CommitWithWithdrawalsAsync<T>(
        Caller caller, string accountId, IReadOnlyList<Handoff> withdrawn, ChangeSet final,
        Func<IReadOnlyList<string?>, T> result, Func<CancellationToken, Task<object?>> readCurrent, CancellationToken cancellationToken)
    {
        var batches = withdrawn.Chunk(WithdrawalsPerTransaction).ToList();
        foreach (var batch in batches.SkipLast(1))
        {
            var earlier = await ChangeCommitter.CommitAsync(
                store, caller, accountId, Withdraw(caller, new ChangeSet(), batch), _ => true, _ => Task.FromResult<object?>(null), cancellationToken).ConfigureAwait(false);
            if (!earlier.IsSuccess)
            {
                return earlier.Error;
            }
        }

        var committed = await ChangeCommitter.CommitAsync(
            store, caller, accountId, Withdraw(caller, final, batches.LastOrDefault() ?? []), result, readCurrent, cancellationToken).ConfigureAwait(false);
        if (committed.IsSuccess)
        {
            await sharing.BumpAsync(caller.TenantId, CancellationToken.None).ConfigureAwait(false); // the change is made: tell the other instances whatever the caller does now
        }

        return committed;
    }

    /// <summary>The pending handoffs that end when <paramref name="changed"/> gives way to <paramref name="remaining"/>, each recipient resolved from the directory now.</summary>
    private async Task<IReadOnlyList<Handoff>> WithdrawalsAsync(
        Caller caller, AccountPartition partition, Share changed, IReadOnlyList<Share> remaining, CancellationToken cancellationToken)
    {
        var withdrawn = new List<Handoff>();
        foreach (var handoff in ShareRevocation.Candidates(partition.Handoffs, changed))
        {
            var recipient = await people.ResolveAsync(caller.TenantId, handoff.To.UserId, handoff.To.DisplayName, claimsGuest: false, cancellationToken).ConfigureAwait(false);
            if (ShareRevocation.MustWithdraw(handoff, recipient, remaining))
            {
                withdrawn.Add(handoff);
            }
        }

        return withdrawn;
    }

    private ChangeSet Withdraw(Caller caller, ChangeSet changes, IEnumerable<Handoff> handoffs) => _withdrawal.Withdraw(caller, changes, handoffs);
}
