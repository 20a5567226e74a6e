using System.Collections.Concurrent;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Storage.Partners;

/// <summary>The per-tenant partner lists and guest → organisation answers this instance keeps (see <see cref="ListLifetime"/>).</summary>
public sealed partial class TablePartnerDirectory
{
    /// <summary>How long a tenant's partner list, or a guest's organisation, is answered from memory before it is read again.</summary>
    public static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(30);

    /// <summary>At most this many tenants' lists (and, separately, this many guests' answers) are kept; beyond it, all are dropped.</summary>
    public const int MaxTenants = 10_000;

    private readonly ConcurrentDictionary<string, KeptList> _lists = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string TenantId, string UserId), KeptMembership> _memberships = new();

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

    private bool TryGetMembership(string tenantId, string userId, out string? organizationId, out long generation)
    {
        generation = Interlocked.Read(ref _generation);
        if (_memberships.TryGetValue((tenantId, userId), out var kept) && time.GetUtcNow() < kept.ExpiresAt)
        {
            organizationId = kept.OrganizationId;
            return true;
        }

        organizationId = null;
        return false;
    }

    private void KeepMembership(string tenantId, string userId, string? organizationId, long generation)
    {
        if (_memberships.Count >= MaxTenants)
        {
            _memberships.Clear();
        }

        var kept = new KeptMembership(organizationId, time.GetUtcNow() + ListLifetime);
        _memberships[(tenantId, userId)] = kept;
        if (Interlocked.Read(ref _generation) != generation)
        {
            _memberships.TryRemove(KeyValuePair.Create((tenantId, userId), kept));
        }
    }

    /// <summary>Drops what this instance keeps of the tenant's organisations and memberships (a change made elsewhere).</summary>
    internal void Forget(string tenantId) => ForgetList(tenantId);

    private void ForgetList(string tenantId)
    {
        Interlocked.Increment(ref _generation);
        _lists.TryRemove(tenantId, out _);
        foreach (var key in _memberships.Keys.Where(k => k.TenantId == tenantId))
        {
            _memberships.TryRemove(key, out _);
        }
    }

    private sealed record KeptList(IReadOnlyList<PartnerOrganization> Organizations, DateTimeOffset ExpiresAt);

    private sealed record KeptMembership(string? OrganizationId, DateTimeOffset ExpiresAt);
}
