namespace TeamsCrm.Core.People;

/// <summary>Who people are: looked up by the surfaces to resolve handoff recipients and callers.</summary>
public interface IPeopleDirectory
{
    /// <summary>People whose display name, given name, surname or email starts with <paramref name="query"/>, best first.</summary>
    Task<IReadOnlyList<Person>> FindAsync(string tenantId, string query, int take, CancellationToken cancellationToken = default);

    /// <summary>One person by Entra object id, or null when the directory does not know them.</summary>
    Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default);

    /// <summary>The person's manager, or null when none is set.</summary>
    Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default);
}
