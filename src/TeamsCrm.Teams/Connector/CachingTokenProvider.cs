namespace TeamsCrm.Teams.Connector;

/// <summary>Caches the token and renews it <c>refreshBefore</c> its expiry; concurrent callers share one acquisition.</summary>
public abstract class CachingTokenProvider(TimeProvider timeProvider, TimeSpan refreshBefore) : IBotTokenProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_token is not null && timeProvider.GetUtcNow() < _renewAt)
        {
            return _token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is null || timeProvider.GetUtcNow() >= _renewAt)
            {
                var (token, expiresOn) = await AcquireAsync(cancellationToken).ConfigureAwait(false);
                _token = token;
                _renewAt = expiresOn - refreshBefore;
            }

            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }

    /// <summary>Fetches a new token and its expiry.</summary>
    protected abstract Task<(string Token, DateTimeOffset ExpiresOn)> AcquireAsync(CancellationToken cancellationToken);
}
