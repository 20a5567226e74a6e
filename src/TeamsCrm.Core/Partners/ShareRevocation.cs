using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// What taking a share back ends: a pending handoff of a deal the share covered whose recipient is a guest who,
/// with the shares that remain, may no longer receive it. Such a handoff is withdrawn in the same transaction as
/// the unshare, so no reminder, answer or notice about it can reach the guest afterwards.
/// </summary>
public static class ShareRevocation
{
    /// <summary>The pending handoffs of the deals <paramref name="removed"/> covered (all of the account's for an account share).</summary>
    public static IReadOnlyList<Handoff> Candidates(IEnumerable<Handoff> handoffs, Share removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        return handoffs.Where(h => h.IsPending && (removed.IsAccountShare || h.DealId == removed.DealId)).ToList();
    }

    /// <summary>
    /// True when <paramref name="recipient"/> (resolved from the directory now) is a guest who may no longer receive
    /// <paramref name="handoff"/> once only <paramref name="remaining"/> shares exist. Members are never affected.
    /// </summary>
    public static bool MustWithdraw(Handoff handoff, Caller recipient, IReadOnlyList<Share> remaining)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(recipient);
        return recipient.IsGuest && !AccessPolicy.ForAccount(recipient, remaining).Can(CrmAction.ReceiveHandoff, handoff.DealId);
    }
}
