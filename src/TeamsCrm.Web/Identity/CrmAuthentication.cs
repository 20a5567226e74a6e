namespace TeamsCrm.Web.Identity;

/// <summary>The two ways a web request proves who sends it.</summary>
public static class CrmAuthentication
{
    /// <summary>An Entra ID bearer token (the REST API, and the tab's one-time exchange for a session).</summary>
    public const string EntraToken = "EntraToken";

    /// <summary>The tab's session cookie, made from a validated SSO token (or, in Development only, a chosen demo person).</summary>
    public const string TabSession = "TabSession";

    /// <summary>The authorization policy of the REST API: a valid Entra token, nothing else.</summary>
    public const string ApiPolicy = "CrmApi";

    /// <summary>The authorization policy of the tab pages: a tab session.</summary>
    public const string TabPolicy = "CrmTab";
}
