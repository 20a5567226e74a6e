namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// Finds pending handoffs past their due time and claims each for its single reminder: the claim
/// writes <see cref="Handoff.ReminderSentAt"/> under the handoff's version, so of two workers only
/// one wins and a handoff is reminded once. The reminders themselves (one for each party) are pending
/// notifications written in the same transaction: the host delivers them, retrying until they are sent.
/// </summary>
public sealed class HandoffReminders(IAccountStore store, ICrmIndex index, TimeProvider time)
{
    private readonly AuditTrail _audit = new(time);

    public async Task<IReadOnlyList<HandoffReminder>> ClaimDueAsync(string tenantId, int take = 50, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var system = new Caller(tenantId, "system", "TeamsCrm", CallerRole.Member);
        var claimed = new List<HandoffReminder>();
        foreach (var entry in await index.ListDueHandoffsAsync(tenantId, now, take, cancellationToken).ConfigureAwait(false))
        {
            var partition = await store.LoadAsync(tenantId, entry.AccountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
            var handoff = partition?.FindHandoff(entry.HandoffId);
            var deal = handoff is null ? null : partition!.FindDeal(handoff.DealId);
            var reminded = handoff?.Remind(now);
            if (deal is null || reminded is not { IsSuccess: true })
            {
                continue;
            }

            var changes = new ChangeSet()
                .Update(handoff!, reminded.Value)
                .Record(_audit.Entry(system, entry.AccountId, "HandoffReminded", "Handoff", handoff!.Id, handoff, reminded.Value))
                .Notify(HandoffNotifications.Reminder(reminded.Value, system.AsPerson(), time));
            try
            {
                var versions = await store.CommitAsync(tenantId, entry.AccountId, changes, cancellationToken).ConfigureAwait(false);
                claimed.Add(new HandoffReminder(reminded.Value with { Version = versions[0] }, deal, partition!.Account.Name));
            }
            catch (ConcurrencyException)
            {
                // Answered or claimed by another worker meanwhile: nothing to remind.
            }
        }

        return claimed;
    }
}
