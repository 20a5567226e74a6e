namespace TeamsCrm.TestSupport;

/// <summary>
/// What a loopback Entra token says (<see cref="EntraTokens.Mint"/>). By default a v2.0 access token valid for an hour
/// from a minute ago, issued by the tenant's own issuer; every part can be changed to make it invalid in one way.
/// </summary>
public sealed record EntraToken(string TenantId, string ObjectId, string Audience)
{
    /// <summary>The iss claim; null: the loopback issuer of <see cref="TenantId"/> (filled in by <see cref="LoopbackEntra"/>).</summary>
    public string? Issuer { get; init; }

    public string? Name { get; init; }

    public string? PreferredUserName { get; init; }

    /// <summary>When the token starts to be valid (nbf, iat); default a minute ago.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Further claims (acct, idp, scp, roles …).</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    /// <summary>Signed with another key under the same key id: the signature does not verify.</summary>
    public bool ForgedSignature { get; init; }
}
