namespace TeamsCrm.Web.Tab.Components;

/// <summary>Where sign-in may send the person afterwards: a tab page of this app, never another site or "//host".</summary>
public static class TabReturnUrl
{
    public const string Default = "/tab/me";

    public static string SafeOrDefault(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/tab/", StringComparison.Ordinal) && !url.Contains('\\') ? url : Default;
}
