using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Web.Identity;

/// <summary>
/// Checks a token's issuer against the per-tenant issuer template of Entra's multi-tenant metadata
/// (<c>https://login.microsoftonline.com/{tenantid}/v2.0</c>): the issuer must be exactly the template with the
/// token's own <c>tid</c> filled in, so a token can speak only for the tenant that issued it. The template comes from the
/// metadata the bearer handler fetched (the configuration argument; the handler does not copy it into the validation
/// parameters), or from configured valid issuers.
/// </summary>
internal static class TenantIssuerValidator
{
    private const string TenantPlaceholder = "{tenantid}";

    public static string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration? configuration)
    {
        var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(CrmClaims.TenantId, out var tid) ? tid : null;
        if (!Guid.TryParse(tenantId, out _))
        {
            throw new SecurityTokenInvalidIssuerException("The token names no tenant.");
        }

        var templates = (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(configuration?.Issuer).OfType<string>();
        if (templates.Any(template => string.Equals(template.Replace(TenantPlaceholder, tenantId, StringComparison.OrdinalIgnoreCase), issuer, StringComparison.Ordinal)))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("The token's issuer is not its own tenant's.");
    }
}
