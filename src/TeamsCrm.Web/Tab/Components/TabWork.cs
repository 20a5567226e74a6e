using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Tab.Components;

/// <summary>
/// One change made from the tab, as one unit of work like a bot turn: the notifications the use case committed with
/// it (a handoff answered, a mention) are delivered right after it, in place of waiting for the sweep — so accepting a
/// handoff here updates the bot's cards for it at once. Delivery never fails the change (the sweep retries).
/// </summary>
internal sealed class TabWork(TurnNotifications notifications)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        using var scope = notifications.Begin();
        var result = await change();
        await notifications.DeliverAsync(scope, cancellationToken);
        return result;
    }
}
