using System.Globalization;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>
/// Dates and times as the viewer reads them: in their browser's time zone (UTC until the browser has said which) and
/// their culture's formats; and a due date picked in a form turned into the moment it means (the end of that day).
/// </summary>
public sealed class WorkspaceClock(TimeZoneInfo zone)
{
    public static WorkspaceClock Utc { get; } = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone => zone;

    /// <summary>The clock for an IANA or Windows time zone id from the browser; UTC when the id is unknown.</summary>
    public static WorkspaceClock For(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? new WorkspaceClock(zone) : Utc;

    public DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, zone);

    public string Date(DateTimeOffset moment) => Local(moment).ToString("d", CultureInfo.CurrentCulture);

    public string DateTime(DateTimeOffset moment) => Local(moment).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The viewer's calendar day of a moment (for a date input).</summary>
    public DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(Local(moment).DateTime);

    /// <summary>The last minute of <paramref name="day"/> in the viewer's time zone: "due on the 5th" means by the end of it.</summary>
    public DateTimeOffset EndOf(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
