namespace TeamsCrm.Teams.Connector;

/// <summary>Development anonymous mode without an app id: outbound calls carry no token (like the SDK).</summary>
internal sealed class NoTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(null);
}
