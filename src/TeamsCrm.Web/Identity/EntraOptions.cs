namespace TeamsCrm.Web.Identity;

/// <summary>
/// How the tab and the REST API recognise people, configuration section "Entra" (validated at start by
/// <see cref="EntraOptionsValidation"/>): the Entra ID tokens Teams issues to the tab (single sign-on) and that
/// integrations send to the API.
/// </summary>
public sealed class EntraOptions
{
    public const string SectionName = "Entra";

    /// <summary>The app registration's client id (the tab's SSO application); a token's audience is this or <see cref="ApplicationIdUri"/>.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI the manifest's webApplicationInfo.resource names, e.g. api://app.example.com/{clientId}.</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>Where the signing keys and the issuer template come from (Entra's multi-tenant v2.0 metadata by default).</summary>
    public Uri MetadataAddress { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Tolerated clock difference when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a tab session (the cookie made from an SSO token) lasts before the page asks Teams for a new token.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(55);

    /// <summary>
    /// Development only: a sign-in page that lets you choose one of the demo people, for a local run and the browser
    /// tests outside Teams. The app refuses to start with it anywhere else.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }
}
