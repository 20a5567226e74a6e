using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Teams.Configuration;

/// <summary>
/// Configuration section "Bot". Every external endpoint is configurable so tests point at loopback fakes.
/// Cross-field rules (secret per app type, Development-only anonymous mode) are in <see cref="BotOptionsValidator"/>.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft App ID (the token audience; the bot is "28:{AppId}").</summary>
    public string? AppId { get; set; }

    /// <summary>Prefix of the bot's tables ({prefix}Deliveries, {prefix}Conversations, {prefix}SentActivities, {prefix}Tenants), so deployments or test runs can share one storage service.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$")]
    public string TablePrefix { get; set; } = "Bot";

    /// <summary>The bot's own Entra tenant (required for SingleTenant).</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>Client secret for SingleTenant/MultiTenant (or use a certificate).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path to a PFX file with the certificate used instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Client id of the user-assigned managed identity (UserAssignedMSI; defaults to AppId).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel tokens.</summary>
    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of channel tokens.</summary>
    [Required]
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata for Entra-issued tokens ("{tenant}" is replaced by the bot's tenant or "common").</summary>
    [Required, Url]
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Base of the Entra token endpoint: {Authority}/{tenant}/oauth2/v2.0/token.</summary>
    [Required, Url]
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Entra host for the issuers of Entra-issued inbound tokens.</summary>
    [Required]
    public string EntraIssuerHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound connector tokens.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Service URL used for proactive messages when none is stored.</summary>
    [Required, Url]
    public string ProactiveServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>Accept requests without Authorization header. Development only: the app refuses to start otherwise.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// Entra application (client) ids, besides <see cref="AppId"/>, whose Entra-issued tokens are accepted (appid for
    /// token version 1.0, azp for 2.0). Empty by default: only the bot's own app id. Channel tokens are not affected.
    /// </summary>
    public IList<string> AllowedCallers { get; } = [];

    /// <summary>
    /// Channel ids whose activities are served; any other channel is refused with 403. Empty (the default):
    /// <c>msteams</c> (<see cref="Trust.InboundActivityPolicy.DefaultChannelIds"/>). A configured list replaces the default.
    /// </summary>
    public IList<string> AllowedChannelIds { get; } = [];

    /// <summary>
    /// Host names a <c>serviceUrl</c> may name (https, default port): inbound activities naming another host are refused
    /// with 403, and the connector never acquires a token for, nor calls, another host. Empty (the default): Microsoft's
    /// documented Teams connector hosts (<see cref="Trust.TeamsServiceUrlHosts.Defaults"/>). A configured list replaces the default.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    /// <summary>Also allow loopback serviceUrls (http or https, any port): the Agents Playground and loopback test fakes. Development only.</summary>
    public bool AllowLoopbackServiceUrls { get; set; }

    /// <summary>How long signing keys are cached before a refresh (the protocol demands at most 24 h).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Minimum time between two fetches forced by unknown key ids (protects the key endpoint).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SigningKeyMinRefetchInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a message turn may run before the HTTP request is acknowledged (Teams allows 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan AcknowledgeAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of one turn (its own timeout, not the request's).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Upper bound of an invoke's turn (card action, dialog): Teams waits about 15 s for the answer, so a turn that
    /// has not finished by then (e.g. storage not answering) is cancelled and answered with the app's "try again".
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14")]
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long processed activity ids are remembered.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Largest accepted activity body.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Retries of a connector call after 429/412/502/504.</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubles each retry, ±20 % jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConnectorBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest single backoff delay (also caps Retry-After).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ConnectorMaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Outbound tokens are renewed this long before they expire.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The bot's own id on the channel (its ChannelAccount id).</summary>
    public string? BotId => string.IsNullOrEmpty(AppId) ? null : "28:" + AppId;
}
