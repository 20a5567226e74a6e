namespace TeamsCrm.Graph.Offline;

/// <summary>
/// People and calendar context without a tenant to call (Development without Graph): fixed profiles
/// (titles, presence, managers), a generated photo for each profile that has one, and fixed meetings.
/// Answers like <see cref="Context.GraphPeopleContextSource"/>: only the requested people, only meetings
/// in the requested calendars and window; other tenants get nothing.
/// </summary>
public sealed class OfflinePeopleContextSource(string ownTenantId, IReadOnlyList<PersonProfile> profiles, IReadOnlyList<Meeting> meetings)
    : IPeopleContextSource, IPersonPhotoSource
{
    public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsMine(request.TenantId))
        {
            return Task.FromResult(PeopleContextResult.Empty);
        }

        var people = profiles.Where(p => request.PeopleIds.Contains(p.UserId, StringComparer.OrdinalIgnoreCase)).ToArray();
        var found = meetings
            .Where(m => request.CalendarOwnerIds.Contains(m.CalendarOwnerId, StringComparer.OrdinalIgnoreCase))
            .Where(m => m.Start < request.To && m.End > request.From)
            .ToArray();
        return Task.FromResult(new PeopleContextResult(people, found, false));
    }

    public Task<PersonPhoto?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var profile = IsMine(tenantId) ? profiles.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.OrdinalIgnoreCase)) : null;
        return Task.FromResult(profile is { HasPhoto: true } ? OfflinePhotos.For(profile.UserId) : null);
    }

    private bool IsMine(string requested) => string.Equals(requested, ownTenantId, StringComparison.OrdinalIgnoreCase);
}
