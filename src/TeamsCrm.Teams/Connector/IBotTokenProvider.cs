namespace TeamsCrm.Teams.Connector;

/// <summary>Outbound connector tokens. Null means "send no Authorization header" (Development anonymous mode only).</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
