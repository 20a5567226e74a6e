using System.Collections.Concurrent;

namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>
/// The directory of the people <see cref="CrmTestStore.Member"/> and <see cref="CrmTestStore.Guest"/> made (their ids are
/// unique GUIDs, so one registry serves every test). A guest's email domain is "{organisation id}.example" — a hint
/// only: <see cref="CallerResolver"/> finds a guest's organisation by membership (object id), as in production. Unknown
/// people are unknown (the resolver treats them as guests without organisation).
/// </summary>
internal sealed class TestPeopleDirectory : IPeopleDirectory
{
    private static readonly ConcurrentDictionary<string, Person> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> TenantOf = new(StringComparer.Ordinal);

    public static Caller Register(Caller caller)
    {
        var email = caller.IsGuest ? $"{caller.UserId[..8]}@{caller.PartnerOrganizationId ?? "nobody"}.example" : $"{caller.UserId[..8]}@contoso.example";
        return Register(caller, email);
    }

    /// <summary>Registers <paramref name="caller"/> with the address <paramref name="email"/>.</summary>
    public static Caller Register(Caller caller, string email)
    {
        Known[caller.UserId] = new Person(caller.UserId, caller.DisplayName, email, email, null, null, caller.IsGuest);
        TenantOf[caller.UserId] = caller.TenantId;
        return caller;
    }

    public static string DomainOf(string organizationId) => organizationId + ".example";

    /// <summary>The tenant's people whose display name or address starts with <paramref name="query"/>, or whose address's domain does.</summary>
    public Task<IReadOnlyList<Person>> FindAsync(string tenantId, string query, int take, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Person>>([.. Known.Values
            .Where(p => TenantOf.GetValueOrDefault(p.UserId) == tenantId)
            .Where(p => p.DisplayName.StartsWith(query, StringComparison.OrdinalIgnoreCase)
                || (p.Email?.StartsWith(query, StringComparison.OrdinalIgnoreCase) ?? false)
                || (p.Email?.Contains("@" + query, StringComparison.OrdinalIgnoreCase) ?? false))
            .Take(take)]);

    public Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Known.GetValueOrDefault(userId));

    public Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default) => Task.FromResult<Person?>(null);
}
