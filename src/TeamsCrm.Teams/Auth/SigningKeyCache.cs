namespace TeamsCrm.Teams.Auth;

/// <summary>
/// Caches one issuer's signing keys: refreshed after <c>refreshInterval</c> (≤ 24 h), refetched once when a
/// token names an unknown key id — at most once per <c>minRefetchInterval</c>, so random kids cannot hammer
/// the key endpoint. A failed refresh keeps serving the previous keys.
/// </summary>
internal sealed class SigningKeyCache(
    string metadataUrl,
    SigningKeyRetriever retriever,
    TimeProvider timeProvider,
    TimeSpan refreshInterval,
    TimeSpan minRefetchInterval) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _current;
    private DateTimeOffset _fetchedAt;

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && timeProvider.GetUtcNow() - _fetchedAt < refreshInterval)
        {
            return current;
        }

        return await RefreshAsync(force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Refetches because a key id was unknown; returns the (possibly unchanged) keys.</summary>
    public Task<SigningKeySet> RefetchForUnknownKeyAsync(CancellationToken cancellationToken = default) =>
        RefreshAsync(force: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<SigningKeySet> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var age = timeProvider.GetUtcNow() - _fetchedAt;
            if (_current is not null && (force ? age < minRefetchInterval : age < refreshInterval))
            {
                return _current;
            }

            try
            {
                _current = await retriever.RetrieveAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
                _fetchedAt = timeProvider.GetUtcNow();
            }
            catch (Exception) when (_current is not null && !cancellationToken.IsCancellationRequested)
            {
                // Keep the last good keys; try again on the next forced or scheduled refresh.
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }
}
