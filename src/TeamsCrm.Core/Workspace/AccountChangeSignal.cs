using System.Collections.Concurrent;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// An in-process signal per account, raised after every committed change of it (<see cref="SignalingAccountStore"/>,
/// whichever surface made it, background jobs included). Open workspaces subscribe to the account
/// they show and read again when it fires. Changes made by another app instance do not raise it: the workspace also
/// checks periodically. Lists that span accounts (My CRM: a partner's shared deals, handoffs waiting) subscribe to the
/// whole tenant instead (<see cref="SubscribeTenant"/>): the same signal, per app instance, for every account of it.
/// For those, the host also raises sharing changes made on other instances (<see cref="RaiseTenant"/>; the tenants it
/// checks are <see cref="ListeningTenants"/>).
/// </summary>
public sealed class AccountChangeSignal
{
    private readonly ConcurrentDictionary<string, Subscriber[]> _subscribers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _tenantIds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Calls <paramref name="handler"/> after each committed change of the account until the result is disposed. The handler must not block.</summary>
    public IDisposable Subscribe(string tenantId, string accountId, Action<AccountChange> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var key = Key(tenantId, accountId);
        var subscriber = new Subscriber(this, key, handler);
        lock (_gate)
        {
            _subscribers[key] = [.. _subscribers.GetValueOrDefault(key, []), subscriber];
        }

        return subscriber;
    }

    /// <summary>
    /// Calls <paramref name="handler"/> after each committed change of any account of the tenant until the result is
    /// disposed (per app instance, like every subscription). The change names the account and record kinds only; the
    /// handler reads again through the use cases, which decide what the viewer may see. The handler must not block.
    /// </summary>
    public IDisposable SubscribeTenant(string tenantId, Action<AccountChange> handler)
    {
        var subscription = Subscribe(tenantId, string.Empty, handler);
        _tenantIds[Key(tenantId, string.Empty)] = tenantId;
        return subscription;
    }

    /// <summary>The tenants with at least one tenant-wide subscription in this app instance (as they were subscribed).</summary>
    public IReadOnlyList<string> ListeningTenants() =>
        [.. _tenantIds.Where(t => _subscribers.ContainsKey(t.Key)).Select(t => t.Value)];

    /// <summary>
    /// Tells the tenant-wide subscribers that records of <paramref name="recordKinds"/> changed somewhere in the tenant —
    /// a change made by another app instance, which names no account and no actor. Never throws.
    /// </summary>
    public void RaiseTenant(string tenantId, IReadOnlySet<string> recordKinds)
    {
        var change = new AccountChange(tenantId, string.Empty, recordKinds, new HashSet<string>(StringComparer.Ordinal));
        foreach (var subscriber in _subscribers.GetValueOrDefault(Key(tenantId, string.Empty), []))
        {
            Notify(subscriber, change);
        }
    }

    /// <summary>The number of subscriptions to one account (for tests and diagnostics).</summary>
    public int SubscriberCount(string tenantId, string accountId) => _subscribers.GetValueOrDefault(Key(tenantId, accountId), []).Length;

    /// <summary>
    /// Tells the account's subscribers. Never throws: the change is committed whatever a subscriber does, so a failing
    /// subscriber is skipped (subscribers report their own failures).
    /// </summary>
    public void Raise(AccountChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var subscribers = _subscribers.GetValueOrDefault(Key(change.TenantId, change.AccountId), [])
            .Concat(_subscribers.GetValueOrDefault(Key(change.TenantId, string.Empty), []));
        foreach (var subscriber in subscribers)
        {
            Notify(subscriber, change);
        }
    }

    private static void Notify(Subscriber subscriber, AccountChange change)
    {
        try
        {
            subscriber.Handler(change);
        }
#pragma warning disable CA1031 // A subscriber's failure must never turn a committed change into an error.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private void Remove(Subscriber subscriber)
    {
        lock (_gate)
        {
            var remaining = _subscribers.GetValueOrDefault(subscriber.Key, []).Where(s => s != subscriber).ToArray();
            if (remaining.Length == 0)
            {
                _subscribers.TryRemove(subscriber.Key, out _);
                _tenantIds.TryRemove(subscriber.Key, out _);
            }
            else
            {
                _subscribers[subscriber.Key] = remaining;
            }
        }
    }

    /// <summary>An account's key; the tenant's own key has an empty account id, which no account has.</summary>
    private static string Key(string tenantId, string accountId) => $"{tenantId}|{accountId}".ToUpperInvariant();

    private sealed class Subscriber(AccountChangeSignal owner, string key, Action<AccountChange> handler) : IDisposable
    {
        public string Key => key;

        public Action<AccountChange> Handler => handler;

        public void Dispose() => owner.Remove(this);
    }
}
