namespace TeamsCrm.Graph.Delegated;

/// <summary>
/// The delegated permissions the on-behalf-of exchange asks for — least privilege: <c>User.Read</c> (sign in and read
/// the user's own profile; every delegated Graph token carries it) and <c>Calendars.ReadBasic</c> (the user's own
/// calendar: times, organiser, attendees, subject, sensitivity — never bodies or attachments). See docs/graph.md.
/// </summary>
public static class DelegatedScopes
{
    public static IReadOnlyList<string> Names { get; } = ["User.Read", "Calendars.ReadBasic"];

    /// <summary>The scopes as resource URIs on Graph's host, e.g. https://graph.microsoft.com/Calendars.ReadBasic.</summary>
    public static string[] For(Uri graphBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(graphBaseUrl);
        var resource = graphBaseUrl.GetLeftPart(UriPartial.Authority);
        return [.. Names.Select(name => $"{resource}/{name}")];
    }
}
