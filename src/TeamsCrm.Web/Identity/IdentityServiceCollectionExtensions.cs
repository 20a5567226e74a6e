using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Web.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Entra ID bearer tokens (the REST API and the tab's sign-in exchange) and the tab's session cookie, the two
    /// authorization policies, and <see cref="HttpCallers"/>; settings in section "Entra", validated at start. Validated
    /// tokens are kept briefly (<see cref="ValidatedTokenCache"/>), so a client reusing its token skips the signature check.
    /// </summary>
    public static IServiceCollection AddCrmIdentity(this IServiceCollection services)
    {
        services.AddOptions<EntraOptions>().BindConfiguration(EntraOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntraOptions>, EntraOptionsValidation>());
        services.AddSingleton<HttpCallers>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ValidatedTokenCache>();

        services.AddAuthentication(CrmAuthentication.TabSession)
            .AddJwtBearer(CrmAuthentication.EntraToken, _ => { })
            .AddCookie(CrmAuthentication.TabSession, _ => { });
        services.AddOptions<JwtBearerOptions>(CrmAuthentication.EntraToken)
            .Configure<IOptions<EntraOptions>>(ConfigureBearer)
            .PostConfigure<ValidatedTokenCache>(CacheValidatedTokens);
        services.AddOptions<CookieAuthenticationOptions>(CrmAuthentication.TabSession)
            .Configure<IOptions<EntraOptions>, IHostEnvironment>((cookie, entra, environment) => TabSessionCookie.Configure(cookie, entra.Value, environment));

        services.AddAuthorizationBuilder()
            .AddPolicy(CrmAuthentication.ApiPolicy, policy => policy
                .AddAuthenticationSchemes(CrmAuthentication.EntraToken)
                .RequireAuthenticatedUser()
                .RequireClaim(CrmClaims.TenantId)
                .RequireClaim(CrmClaims.ObjectId))
            .AddPolicy(CrmAuthentication.TabPolicy, policy => policy
                .AddAuthenticationSchemes(CrmAuthentication.TabSession)
                .RequireAuthenticatedUser()
                .RequireClaim(CrmClaims.TenantId)
                .RequireClaim(CrmClaims.ObjectId));
        return services;
    }

    /// <summary>Every token handler of the scheme answers tokens it validated lately from the cache (<see cref="CachingTokenHandler"/>).</summary>
    private static void CacheValidatedTokens(JwtBearerOptions bearer, ValidatedTokenCache cache)
    {
        for (var i = 0; i < bearer.TokenHandlers.Count; i++)
        {
            if (bearer.TokenHandlers[i] is not CachingTokenHandler)
            {
                bearer.TokenHandlers[i] = new CachingTokenHandler(bearer.TokenHandlers[i], cache);
            }
        }
    }

    private static void ConfigureBearer(JwtBearerOptions bearer, IOptions<EntraOptions> options)
    {
        var entra = options.Value;
        bearer.MapInboundClaims = false;
        bearer.MetadataAddress = entra.MetadataAddress.AbsoluteUri;
        bearer.RequireHttpsMetadata = entra.MetadataAddress.Scheme == Uri.UriSchemeHttps;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = new[] { entra.ApplicationIdUri, entra.ClientId }.OfType<string>().Where(a => a.Length > 0).ToArray(),
            ValidateAudience = true,
            IssuerValidatorUsingConfiguration = TenantIssuerValidator.Validate,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = entra.ClockSkew,
            NameClaimType = CrmClaims.Name,
        };
    }
}
