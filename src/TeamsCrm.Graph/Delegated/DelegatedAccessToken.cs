namespace TeamsCrm.Graph.Delegated;

/// <summary>A Graph access token issued on behalf of one user, and when it expires. Never logged, rendered or put in a cookie.</summary>
public sealed record DelegatedAccessToken(string Value, DateTimeOffset ExpiresOn)
{
    /// <summary>Keeps the token itself out of logs and exception messages.</summary>
    public override string ToString() => $"DelegatedAccessToken(expires {ExpiresOn:O})";
}
