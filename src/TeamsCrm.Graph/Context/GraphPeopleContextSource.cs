using TeamsCrm.Graph.Caching;
using TeamsCrm.Graph.Clients;

namespace TeamsCrm.Graph.Context;

/// <summary>
/// People and calendar context from Microsoft Graph: whatever the per-tenant caches do not hold is asked
/// for in ONE $batch (profiles for hours, presence for seconds, calendars for minutes); pages beyond a
/// calendar's first follow its @odata.nextLink. Graph trouble — 429 beyond the retry limit, 5xx, a timeout
/// (<see cref="GraphOptions.ContextTimeout"/>), a malformed answer — gives a degraded answer, never an exception.
/// </summary>
public sealed partial class GraphPeopleContextSource : IPeopleContextSource
{
    /// <summary>Pages read per calendar at most (the batch's first page included).</summary>
    public const int CalendarPageLimit = 3;

    private readonly IGraphClientProvider _clients;
    private readonly GraphOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ExpiringCache<PersonProfile> _profiles;
    private readonly ExpiringCache<PresenceStatus?> _presence;
    private readonly ExpiringCache<IReadOnlyList<Meeting>> _calendars;

    public GraphPeopleContextSource(IGraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphPeopleContextSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _profiles = new(time, _options.ProfileCacheDuration);
        _presence = new(time, _options.PresenceCacheDuration);
        _calendars = new(time, _options.CalendarCacheDuration, 1_000);
    }

    public async Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = _clients.ForTenant(request.TenantId);
        if (client is null)
        {
            ContextLog.OtherTenantRefused(_logger, request.TenantId);
            return PeopleContextResult.Empty;
        }

        var tenant = request.TenantId;
        var people = ObjectIds(request.PeopleIds);
        var calendars = ObjectIds(request.CalendarOwnerIds);
        var work = new ContextWork(
            [.. people.Where(id => !_profiles.TryGet(ProfileKey(tenant, id), out _))],
            [.. people.Where(id => !_presence.TryGet(ProfileKey(tenant, id), out _))],
            [.. calendars.Where(id => !_calendars.TryGet(CalendarKey(tenant, id, request), out _))]);
        var degraded = false;
        if (!work.IsEmpty)
        {
            degraded = !await FetchAsync(client, tenant, request, work, cancellationToken).ConfigureAwait(false);
        }

        var profiles = new List<PersonProfile>();
        foreach (var id in people)
        {
            if (_profiles.TryGet(ProfileKey(tenant, id), out var profile) && profile is not null)
            {
                profiles.Add(profile with { Presence = profile.IsGuest ? null : Presence(tenant, id) });
            }
        }

        profiles.AddRange(work.PartialProfiles.Select(p => p with { Presence = p.IsGuest ? null : Presence(tenant, p.UserId) }));
        var meetings = new List<Meeting>(work.PartialMeetings);
        foreach (var id in calendars)
        {
            if (_calendars.TryGet(CalendarKey(tenant, id, request), out var calendar) && calendar is not null)
            {
                meetings.AddRange(calendar);
            }
        }

        return new PeopleContextResult(profiles, meetings, degraded || work.Degraded);
    }

    private PresenceStatus? Presence(string tenant, string userId) =>
        _presence.TryGet(ProfileKey(tenant, userId), out var presence) ? presence : null;

    private static string[] ObjectIds(IEnumerable<string> ids) =>
        [.. ids.Where(id => Guid.TryParse(id, out _)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string ProfileKey(string tenantId, string userId) => $"{tenantId}|{userId.ToUpperInvariant()}";

    /// <summary>Calendars read with the owner's own delegated token are cached apart (what the app may read can differ).</summary>
    private const string DelegatedScope = "|me";

    private static string CalendarKey(string tenantId, string userId, PeopleContextRequest request, string scope = "") =>
        $"{tenantId}|{userId.ToUpperInvariant()}|{request.From.UtcTicks}|{request.To.UtcTicks}{scope}";
}
