using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// The Entra tokens this instance validated lately, so a client that sends the same token on every request (as
/// integrations and the tab do) pays the signature check and the claim mapping once per <see cref="Lifetime"/>, not per
/// request. Keyed by the SHA-256 of the raw token; an entry answers only a check against the same audiences and issuers
/// (a token accepted for one audience is never answered from here for another). An entry ends at the token's expiry or after
/// <see cref="Lifetime"/>, whichever is first; it is only answered while the key that signed the token is still among the
/// signing keys of the check (the metadata's: a key Entra withdrew stops its tokens here with the next metadata refresh). Only valid tokens
/// are kept, at most <see cref="Capacity"/>. The raw token is never kept.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    /// <summary>How long a validated token is answered from memory at most.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>At most this many tokens are kept; beyond it, expired ones are dropped, then all.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    /// <summary>A fresh result (its own copy of the claims) for a token validated earlier against the same parameters.</summary>
    public bool TryGet(string token, TokenValidationParameters parameters, BaseConfiguration? configuration, out TokenValidationResult? result)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        result = null;
        var key = KeyOf(token);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        if (!string.Equals(entry.CheckedAgainst, CheckedAgainst(parameters, configuration), StringComparison.Ordinal))
        {
            // Validated for other audiences or issuers: this check must run in full.
            return false;
        }

        if (time.GetUtcNow() >= entry.ExpiresAt || !StillSignedByKnownKey(entry.SigningKeyId, parameters, configuration))
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            return false;
        }

        result = new TokenValidationResult
        {
            IsValid = true,
            SecurityToken = entry.Token,
            ClaimsIdentity = entry.Identity.Clone(),
            Issuer = entry.Issuer,
            TokenType = entry.TokenType,
        };
        return true;
    }

    /// <summary>Keeps a successful validation; anything else is ignored.</summary>
    public void Add(string token, TokenValidationParameters parameters, BaseConfiguration? configuration, TokenValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid || result.SecurityToken is not { SigningKey.KeyId: { } signingKeyId } securityToken || result.ClaimsIdentity is not { } identity)
        {
            return;
        }

        var now = time.GetUtcNow();
        var validTo = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
        var expiresAt = validTo < now + Lifetime ? validTo : now + Lifetime;
        if (expiresAt <= now)
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            Trim(now);
        }

        _entries[KeyOf(token)] = new Entry(
            securityToken, identity.Clone(), result.Issuer, result.TokenType, signingKeyId, CheckedAgainst(parameters, configuration), expiresAt);
    }

    private static bool StillSignedByKnownKey(string keyId, TokenValidationParameters parameters, BaseConfiguration? configuration)
    {
        if (string.Equals(parameters.IssuerSigningKey?.KeyId, keyId, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var key in (parameters.IssuerSigningKeys ?? []).Concat(configuration?.SigningKeys ?? []))
        {
            if (string.Equals(key.KeyId, keyId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The SHA-256 of the raw token, hex: the token itself is never kept.</summary>
    private static string KeyOf(string token)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(token.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(token, bytes)), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>What a token is checked against besides its signature: the audiences and issuers (or issuer templates).</summary>
    private static string CheckedAgainst(TokenValidationParameters parameters, BaseConfiguration? configuration) =>
        string.Join('\n', (parameters.ValidAudiences ?? []).Append(parameters.ValidAudience))
        + "\u001f" + string.Join('\n', (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(configuration?.Issuer));

    private void Trim(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(
        SecurityToken Token, System.Security.Claims.ClaimsIdentity Identity, string? Issuer, string? TokenType, string SigningKeyId, string CheckedAgainst, DateTimeOffset ExpiresAt);
}
