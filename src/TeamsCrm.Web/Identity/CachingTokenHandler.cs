using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// Wraps the bearer handler's token handler (<see cref="Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler"/>):
/// a token it validated lately against the same parameters is answered from <see cref="ValidatedTokenCache"/>; every
/// other token goes through the full check (signature, audience, issuer, lifetime), and only a valid one is kept.
/// </summary>
internal sealed class CachingTokenHandler(TokenHandler inner, ValidatedTokenCache cache) : TokenHandler
{
    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        if (string.IsNullOrEmpty(token) || token.Length > inner.MaximumTokenSizeInBytes)
        {
            return await inner.ValidateTokenAsync(token, validationParameters);
        }

        // The bearer handler passes the metadata as a configuration manager (its issuer template and signing keys); the
        // inner handler reads it the same way, and it is in memory but for the first request and a refresh.
        BaseConfiguration? configuration;
        try
        {
            configuration = validationParameters.ConfigurationManager is { } manager
                ? await manager.GetBaseConfigurationAsync(CancellationToken.None)
                : null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            // The metadata cannot be read: the full check answers (and refuses) as it would without the cache.
            return await inner.ValidateTokenAsync(token, validationParameters);
        }

        if (cache.TryGet(token, validationParameters, configuration, out var cached))
        {
            return cached!;
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        cache.Add(token, validationParameters, configuration, result);
        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);
}
