using TeamsCrm.Core.People;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// What removing a guest from their partner organisation ends: every pending handoff waiting for them that, as a guest
/// without the organisation, they may no longer receive (<see cref="ShareRevocation.MustWithdraw"/>) is withdrawn with
/// audit and notices (<see cref="HandoffWithdrawal"/>), one transaction per account and batch. Idempotent: it runs
/// before the membership ends (so a crash cannot leave handoffs for someone who is no longer a partner) and once more
/// after it; a handoff answered meanwhile is left as answered.
/// </summary>
public sealed class PartnerMemberRemoval(IAccountStore store, ICrmIndex index, CallerResolver callers, HandoffWithdrawal withdrawal)
{
    /// <summary>Withdraws the pending handoffs to <paramref name="guest"/> they may no longer receive; returns how many.</summary>
    public async Task<int> WithdrawHandoffsAsync(Caller caller, PersonRef guest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(guest);
        var resolved = await callers.ResolveAsync(caller.TenantId, guest.UserId, guest.DisplayName, claimsGuest: true, cancellationToken).ConfigureAwait(false);
        var recipient = resolved with { PartnerOrganizationId = null }; // as they will be once removed
        var waiting = await index.ListPersonalAsync(caller.TenantId, guest.UserId, PersonalListKind.HandoffsWaiting, cancellationToken).ConfigureAwait(false);
        var withdrawn = 0;
        foreach (var accountId in waiting.Select(e => e.AccountId).Distinct(StringComparer.Ordinal))
        {
            var partition = await store.LoadAsync(caller.TenantId, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            var ending = partition?.Handoffs
                .Where(h => h.IsPending && h.To.UserId == guest.UserId && ShareRevocation.MustWithdraw(h, recipient, partition.Shares))
                .ToArray() ?? [];
            foreach (var batch in ending.Chunk(ShareService.WithdrawalsPerTransaction))
            {
                try
                {
                    await store.CommitAsync(caller.TenantId, accountId, withdrawal.Withdraw(caller, new ChangeSet(), batch), cancellationToken).ConfigureAwait(false);
                    withdrawn += batch.Length;
                }
                catch (ConcurrencyException)
                {
                    // A handoff of the batch was answered or changed meanwhile: the guest cannot act on the others any more (no organisation).
                }
            }
        }

        return withdrawn;
    }
}
