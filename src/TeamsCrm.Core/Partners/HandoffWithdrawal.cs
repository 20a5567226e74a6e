using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.Partners;

/// <summary>
/// Ends pending handoffs to guests who lose access (a share taken back or lowered, a guest removed from their partner
/// organisation): each is withdrawn with its audit entry and the durable notices to both parties, in the change set
/// that takes the access away or, when that lives elsewhere, in a change set of the handoff's own account.
/// </summary>
public sealed class HandoffWithdrawal(TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public ChangeSet Withdraw(Caller caller, ChangeSet changes, IEnumerable<Handoff> handoffs)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(handoffs);
        foreach (var handoff in handoffs)
        {
            var ended = handoff.Withdraw(time.GetUtcNow()).Value!;
            changes.Update(handoff, ended)
                .Record(_audit.Entry(caller, handoff.AccountId, "HandoffWithdrawn", "Handoff", handoff.Id, handoff, ended))
                .Notify(HandoffNotifications.Withdrawn(ended, caller.AsPerson(), time));
        }

        return changes;
    }
}
