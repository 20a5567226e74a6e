using System.Collections.Concurrent;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Storage.Partners;

/// <summary>The per-tenant partner lists this instance keeps (see <see cref="ListLifetime"/>).</summary>
public sealed partial class TablePartnerDirectory
{
    /// <summary>How long a tenant's partner list is answered from memory before it is read again.</summary>
    public static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many tenants' lists are kept; beyond it, all are dropped.</summary>
    public const int MaxTenants = 10_000;

    private readonly ConcurrentDictionary<string, KeptList> _lists = new(StringComparer.Ordinal);

    // Raised by every change made here; a list read while a change was made is not kept (it may predate the change).
    private long _generation;

    private bool TryGetList(string tenantId, out IReadOnlyList<PartnerOrganization> organizations, out long generation)
    {
        generation = Interlocked.Read(ref _generation);
        if (_lists.TryGetValue(tenantId, out var kept) && time.GetUtcNow() < kept.ExpiresAt)
        {
            organizations = kept.Organizations;
            return true;
        }

        organizations = [];
        return false;
    }

    private void KeepList(string tenantId, IReadOnlyList<PartnerOrganization> organizations, long generation)
    {
        if (_lists.Count >= MaxTenants)
        {
            _lists.Clear();
        }

        var kept = new KeptList(organizations, time.GetUtcNow() + ListLifetime);
        _lists[tenantId] = kept;
        if (Interlocked.Read(ref _generation) != generation)
        {
            // A change raced the read: drop what may be the state before it.
            _lists.TryRemove(KeyValuePair.Create(tenantId, kept));
        }
    }

    private void ForgetList(string tenantId)
    {
        Interlocked.Increment(ref _generation);
        _lists.TryRemove(tenantId, out _);
    }

    private sealed record KeptList(IReadOnlyList<PartnerOrganization> Organizations, DateTimeOffset ExpiresAt);
}
