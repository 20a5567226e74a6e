using System.Collections.Concurrent;

namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// The signed-in Teams users' delegated Graph sessions, in memory, keyed by tenant and object id: started at the tab's
/// sign-in from its SSO token (<see cref="StartAsync"/>, on-behalf-of through <see cref="IOnBehalfOfTokenClient"/>),
/// used by the viewer's own Graph reads (<see cref="AccessTokenAsync"/>: the cached token, refreshed silently shortly
/// before it expires), ended at sign-out, after <see cref="GraphDelegatedOptions.SessionLifetime"/>, when a refresh
/// fails, or — least recently used first — beyond <see cref="GraphDelegatedOptions.SessionCapacity"/>. Only the
/// configured tenant. Nothing here throws for Entra trouble: no session means the caller falls back.
/// </summary>
public sealed partial class DelegatedGraphSessions
{
    /// <summary>A token this close to its expiry is refreshed before use.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly IOnBehalfOfTokenClient _client;
    private readonly GraphOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public DelegatedGraphSessions(IOnBehalfOfTokenClient client, IOptions<GraphOptions> options, TimeProvider time, ILogger<DelegatedGraphSessions> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private GraphDelegatedOptions Settings => _options.Delegated;

    /// <summary>How many sessions are kept now.</summary>
    public int Count => _sessions.Count;

    /// <summary>
    /// Exchanges the user's SSO token (audience: this app) for a delegated Graph token and keeps the session; false when
    /// delegated Graph is off, the tenant is not the configured one, or the exchange fails or takes longer than
    /// <see cref="GraphDelegatedOptions.ExchangeTimeout"/> (logged; a session the user already had is kept).
    /// </summary>
    public async Task<bool> StartAsync(string tenantId, string userId, string userAssertion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAssertion);
        if (!Settings.Enabled || !IsServed(tenantId, userId))
        {
            return false;
        }

        using var timeout = new CancellationTokenSource(Settings.ExchangeTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var token = await _client.ExchangeAsync(tenantId, userId, userAssertion, linked.Token).ConfigureAwait(false);
            Keep(Key(tenantId, userId), new Session(tenantId, userId, token, _time.GetUtcNow()));
            DelegatedLog.SessionStarted(_logger, tenantId, userId);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            DelegatedLog.ExchangeTimedOut(_logger, tenantId, userId, Settings.ExchangeTimeout);
            return false;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
        {
            DelegatedLog.ExchangeFailed(_logger, tenantId, userId, error);
            return false;
        }
    }

    /// <summary>Whether the user has a delegated session that has not outlived <see cref="GraphDelegatedOptions.SessionLifetime"/>.</summary>
    public bool Has(string tenantId, string userId) =>
        Settings.Enabled && _sessions.TryGetValue(Key(tenantId, userId), out var session) && !IsOutlived(session);

    /// <summary>
    /// The user's delegated Graph token: the cached one, or refreshed from the session when it expires within
    /// <see cref="RefreshMargin"/>; null when there is no session or it cannot be refreshed (then it is ended).
    /// </summary>
    public async Task<string?> AccessTokenAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        var key = Key(tenantId, userId);
        if (!Settings.Enabled || !_sessions.TryGetValue(key, out var session))
        {
            return null;
        }

        if (IsOutlived(session))
        {
            await EndAsync(key, session, "lifetime").ConfigureAwait(false);
            return null;
        }

        var now = _time.GetUtcNow();
        session.Touch(now);
        if (session.Token.ExpiresOn - now > RefreshMargin)
        {
            return session.Token.Value;
        }

        return await RefreshAsync(key, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the user's session (sign-out): the token is forgotten here and in the exchange's own cache.</summary>
    public Task EndAsync(string tenantId, string userId) =>
        _sessions.TryGetValue(Key(tenantId, userId), out var session) ? EndAsync(Key(tenantId, userId), session, "signed out") : Task.CompletedTask;

    private bool IsServed(string tenantId, string userId)
    {
        if (!Guid.TryParse(tenantId, out var requested) || !Guid.TryParse(_options.TenantId, out var configured) || requested != configured)
        {
            DelegatedLog.OtherTenantRefused(_logger, tenantId);
            return false;
        }

        return Guid.TryParse(userId, out _);
    }

    private bool IsOutlived(Session session) => _time.GetUtcNow() - session.StartedAt >= Settings.SessionLifetime;

    private static string Key(string tenantId, string userId) => $"{tenantId.ToUpperInvariant()}|{userId.ToUpperInvariant()}";
}
