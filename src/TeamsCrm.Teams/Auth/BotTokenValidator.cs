using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Teams.Auth;

/// <summary>
/// Validates Bot Framework channel tokens (iss api.botframework.com, endorsements, serviceurl claim) and
/// Entra-issued tokens (Emulator/single-tenant issuers) whose caller (appid/azp) is the bot itself or in Bot:AllowedCallers.
/// </summary>
internal sealed partial class BotTokenValidator : IBotTokenValidator, IDisposable
{
    /// <summary>Longer headers are refused before any parsing.</summary>
    public const int MaxAuthorizationHeaderLength = 16 * 1024;

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly string[] BotFrameworkTenants =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    private readonly BotOptions _options;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _entraKeys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly string[] _audiences;
    private readonly HashSet<string> _entraIssuers;

    public BotTokenValidator(IOptions<BotOptions> options, SigningKeyRetriever retriever, TimeProvider timeProvider)
    {
        _options = options.Value;
        var appId = _options.AppId ?? string.Empty;
        _audiences = [appId, $"api://{appId}", $"api://botid-{appId}"];
        var tenants = BotFrameworkTenants.Concat(string.IsNullOrEmpty(_options.TenantId) ? [] : [_options.TenantId]);
        _entraIssuers = new HashSet<string>(
            tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"{_options.EntraIssuerHost.TrimEnd('/')}/{t}/v2.0" }),
            StringComparer.Ordinal);
        _channelKeys = new SigningKeyCache(_options.OpenIdMetadataUrl, retriever, timeProvider,
            _options.SigningKeyRefreshInterval, _options.SigningKeyMinRefetchInterval);
        var entraUrl = _options.EntraOpenIdMetadataUrl.Replace("{tenant}", _options.TenantId ?? "common", StringComparison.Ordinal);
        _entraKeys = new SigningKeyCache(entraUrl, retriever, timeProvider,
            _options.SigningKeyRefreshInterval, _options.SigningKeyMinRefetchInterval);
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }

    public async Task<BotAuthResult> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return BotAuthResult.Unauthorized("No Authorization header.");
        }

        if (authorizationHeader.Length > MaxAuthorizationHeaderLength)
        {
            return BotAuthResult.Unauthorized("Authorization header too long.");
        }

        if (!authorizationHeader.StartsWith("Bearer ", StringComparison.Ordinal) || authorizationHeader.Length <= 7)
        {
            return BotAuthResult.Unauthorized("Authorization scheme is not Bearer.");
        }

        var token = authorizationHeader[7..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return BotAuthResult.Unauthorized("Token is not a JWT.");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return BotAuthResult.Unauthorized("Token is not a JWT.");
        }

        // RS256/384/512 only: "none", HMAC (key confusion) and anything else are refused before any key is touched.
        if (!AllowedAlgorithms.Contains(unverified.Alg, StringComparer.Ordinal))
        {
            return BotAuthResult.Unauthorized($"Algorithm '{unverified.Alg}' is not allowed.");
        }

        try
        {
            if (string.Equals(unverified.Issuer, _options.ChannelIssuer, StringComparison.Ordinal))
            {
                return await ValidateChannelTokenAsync(token, unverified.Kid, activity, cancellationToken).ConfigureAwait(false);
            }

            if (_entraIssuers.Contains(unverified.Issuer))
            {
                return await ValidateEntraTokenAsync(token, unverified.Kid, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException
                                   or InvalidOperationException or ArgumentException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Fail closed: without trustworthy keys nothing is accepted.
            return BotAuthResult.Unauthorized("Signing keys unavailable: " + ex.Message);
        }

        return BotAuthResult.Unauthorized("Unknown token issuer.");
    }

    private async Task<BotAuthResult> ValidateChannelTokenAsync(string token, string? kid, Activity activity, CancellationToken cancellationToken)
    {
        var (keys, failure) = await ResolveKeysAsync(_channelKeys, kid, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var result = await ValidateSignatureAndClaimsAsync(token, keys!.Keys[kid!], [_options.ChannelIssuer]).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return InvalidToken(result);
        }

        // Endorsements: a key with a list must endorse the activity's channel (docs: 403); a key without one is refused.
        var endorsements = keys.Endorsements[kid!];
        if (endorsements is null)
        {
            return BotAuthResult.Unauthorized("Signing key has no endorsements.");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return BotAuthResult.Forbidden($"Signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl.");
        }

        return BotAuthResult.Success(result.ClaimsIdentity);
    }

    private static BotAuthResult InvalidToken(TokenValidationResult result) =>
        BotAuthResult.Unauthorized($"Invalid token: {result.Exception?.GetType().Name} {result.Exception?.Message.Split(':')[0]}");

    private static async Task<(SigningKeySet? Keys, BotAuthResult? Failure)> ResolveKeysAsync(
        SigningKeyCache cache, string? kid, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(kid))
        {
            return (null, BotAuthResult.Unauthorized("Token has no key id."));
        }

        var keys = await cache.GetAsync(cancellationToken).ConfigureAwait(false);
        if (!keys.Keys.ContainsKey(kid))
        {
            keys = await cache.RefetchForUnknownKeyAsync(cancellationToken).ConfigureAwait(false);
        }

        return keys.Keys.ContainsKey(kid) ? (keys, null) : (null, BotAuthResult.Unauthorized("Unknown signing key id."));
    }

    private Task<TokenValidationResult> ValidateSignatureAndClaimsAsync(string token, SecurityKey key, IEnumerable<string> issuers) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = _audiences,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = false,
            ClockSkew = TimeSpan.FromMinutes(5),
            NameClaimType = ClaimTypes.Name,
        });
}
