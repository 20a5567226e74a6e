namespace TeamsCrm.Teams.Tests.Support;

/// <summary>Claims in memory (no expiry), counting every claim attempt.</summary>
internal sealed class InMemoryDeduplicator : IActivityDeduplicator
{
    private readonly ConcurrentDictionary<string, bool> _claims = new();
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public int Count => _claims.Count;

    public Task<bool> TryClaimAsync(string tenantId, string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _attempts);
        return Task.FromResult(_claims.TryAdd(tenantId + "|" + key, true));
    }

    public Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        _claims.TryRemove(tenantId + "|" + key, out _);
        return Task.CompletedTask;
    }
}
