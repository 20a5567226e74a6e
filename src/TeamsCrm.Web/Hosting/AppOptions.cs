namespace TeamsCrm.Web.Hosting;

/// <summary>
/// Where the app is reached from outside and how its links are signed, configuration section "App" (validated at
/// start by <see cref="AppOptionsValidation"/>; Development defaults from <see cref="AppOptionsDefaults"/>).
/// </summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>The app's public base URL (https outside Development), e.g. https://app-teamscrm-x.azurewebsites.net: cards link images under it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The Teams app's id (the manifest's <c>id</c>, TEAMS_APP_ID of appPackage/env): chat cards link "Open in Teams tab"
    /// to the personal tab's page of the account. Without it the cards offer no such link.
    /// </summary>
    public string? TeamsAppId { get; set; }

    /// <summary>The secret key that signs photo links on cards (HMAC-SHA256); at least 32 characters outside Development.</summary>
    public string? PhotoLinkKey { get; set; }

    /// <summary>
    /// The key <see cref="PhotoLinkKey"/> replaced, if any: links it signed stay valid for the rest of their lifetime
    /// (at most 48 hours), so cards already in chats keep their photos across a key rotation. Only checked, never used to sign.
    /// </summary>
    public string? PreviousPhotoLinkKey { get; set; }
}
