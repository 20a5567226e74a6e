namespace TeamsCrm.Web.Tab.Localization;

/// <summary>The viewer's time zone as the browser names it (an IANA id such as "Europe/Berlin"), checked before it is kept.</summary>
public static class TabTimeZones
{
    /// <summary>The id when this machine knows the zone; null for anything else (the page then shows UTC until the browser says).</summary>
    public static string? Normalize(string? timeZoneId) =>
        timeZoneId is { Length: > 0 and <= 64 } && timeZoneId.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
            && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _)
            ? timeZoneId
            : null;
}
