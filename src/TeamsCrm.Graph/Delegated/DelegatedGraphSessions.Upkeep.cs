namespace TeamsCrm.Graph.Delegated;

public sealed partial class DelegatedGraphSessions
{
    /// <summary>One refresh per session at a time: concurrent readers wait for the same one (each with its own cancellation).</summary>
    private async Task<string?> RefreshAsync(string key, Session session, CancellationToken cancellationToken)
    {
        var refresh = session.StartRefresh(() => RefreshWithTimeoutAsync(session));
        try
        {
            var token = await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
            return token.Value;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            DelegatedLog.ExchangeTimedOut(_logger, session.TenantId, session.UserId, Settings.ExchangeTimeout);
            return null; // Entra was slow: this read falls back, the session stays for the next one
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
        {
            DelegatedLog.RefreshFailed(_logger, session.TenantId, session.UserId, error);
            await EndAsync(key, session, "refresh failed").ConfigureAwait(false);
            return null;
        }
    }

    private async Task<DelegatedAccessToken> RefreshWithTimeoutAsync(Session session)
    {
        using var timeout = new CancellationTokenSource(Settings.ExchangeTimeout, _time);
        return await _client.RefreshAsync(session.TenantId, session.UserId, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Keeps the session; beyond the capacity, outlived sessions go first, then the least recently used tenth.</summary>
    private void Keep(string key, Session session)
    {
        if (!_sessions.ContainsKey(key) && _sessions.Count >= Settings.SessionCapacity)
        {
            var outlived = _sessions.Where(s => IsOutlived(s.Value)).ToList();
            var evicted = outlived.Count > 0
                ? outlived
                : [.. _sessions.OrderBy(s => s.Value.LastUsedTicks).Take(Math.Max(1, Settings.SessionCapacity / 10))];
            foreach (var (oldKey, old) in evicted)
            {
                _ = EndAsync(oldKey, old, "capacity");
            }
        }

        _sessions[key] = session;
    }

    private async Task EndAsync(string key, Session session, string reason)
    {
        if (!_sessions.TryRemove(KeyValuePair.Create(key, session)))
        {
            return;
        }

        DelegatedLog.SessionEnded(_logger, session.TenantId, session.UserId, reason);
        try
        {
            await _client.ForgetAsync(session.TenantId, session.UserId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            DelegatedLog.ForgetFailed(_logger, session.TenantId, session.UserId, error);
        }
    }

    /// <summary>One user's session: the current token, when it started, when it was last used, the refresh under way.</summary>
    private sealed class Session(string tenantId, string userId, DelegatedAccessToken token, DateTimeOffset startedAt)
    {
        private readonly Lock _gate = new();
        private Task<DelegatedAccessToken>? _refreshing;
        private long _lastUsedTicks = startedAt.UtcTicks;

        public string TenantId { get; } = tenantId;

        public string UserId { get; } = userId;

        public DateTimeOffset StartedAt { get; } = startedAt;

        public DelegatedAccessToken Token { get; private set; } = token;

        public long LastUsedTicks => Interlocked.Read(ref _lastUsedTicks);

        public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

        /// <summary>The refresh under way, or a new one; when it succeeds its token becomes the session's.</summary>
        public Task<DelegatedAccessToken> StartRefresh(Func<Task<DelegatedAccessToken>> refresh)
        {
            lock (_gate)
            {
                if (_refreshing is not null)
                {
                    return _refreshing;
                }

                var started = refresh();
                _refreshing = started;
                _ = started.ContinueWith(Finished, TaskScheduler.Default);
                return started;
            }
        }

        private void Finished(Task<DelegatedAccessToken> refresh)
        {
            lock (_gate)
            {
                if (refresh.IsCompletedSuccessfully)
                {
                    Token = refresh.Result;
                }

                if (ReferenceEquals(_refreshing, refresh))
                {
                    _refreshing = null;
                }
            }
        }
    }
}
