using System.Globalization;
using Microsoft.Graph.Models;
using TeamsCrm.Graph.People;

namespace TeamsCrm.Graph.Context;

/// <summary>From Graph's presence and event resources to Core's <see cref="PresenceStatus"/> and <see cref="Meeting"/>.</summary>
internal static class GraphContextMapping
{
    /// <summary>Graph's availability values (Available, AvailableIdle, Away, BeRightBack, Busy, BusyIdle, DoNotDisturb, Offline, PresenceUnknown).</summary>
    public static PresenceStatus ToPresence(string? availability) => availability switch
    {
        "Available" or "AvailableIdle" => PresenceStatus.Available,
        "Busy" or "BusyIdle" => PresenceStatus.Busy,
        "DoNotDisturb" => PresenceStatus.DoNotDisturb,
        "Away" or "BeRightBack" => PresenceStatus.Away,
        "Offline" => PresenceStatus.Offline,
        _ => PresenceStatus.Unknown,
    };

    public static PersonProfile? ToProfile(User? user, string? managerName, bool hasPhoto, PresenceStatus? presence)
    {
        var person = GraphUserMapping.ToPerson(user);
        return person is null
            ? null
            : new PersonProfile(person.UserId, person.DisplayName, person.Email, person.JobTitle, person.Department, presence, managerName, hasPhoto, person.IsGuest);
    }

    /// <summary>A calendar event as a meeting; null for a cancelled or unreadable one.</summary>
    public static Meeting? ToMeeting(Event item, string calendarOwnerId)
    {
        ArgumentNullException.ThrowIfNull(item);
        var start = ToTime(item.Start);
        var end = ToTime(item.End);
        var id = item.ICalUId ?? item.Id;
        if (item.IsCancelled == true || start is null || end is null || string.IsNullOrEmpty(id))
        {
            return null;
        }

        var attendees = (item.Attendees ?? [])
            .Select(a => a.EmailAddress)
            .Where(e => !string.IsNullOrWhiteSpace(e?.Address))
            .Select(e => new MeetingAttendee(e!.Name, e.Address!.Trim()))
            .ToArray();
        return new Meeting(
            id,
            calendarOwnerId,
            start.Value,
            end.Value,
            item.Subject,
            item.Organizer?.EmailAddress?.Name,
            item.Organizer?.EmailAddress?.Address,
            attendees,
            item.Sensitivity is Sensitivity.Private or Sensitivity.Personal or Sensitivity.Confidential);
    }

    /// <summary>Graph's dateTimeTimeZone: a local time without offset plus a zone (UTC here: requested with Prefer: outlook.timezone="UTC").</summary>
    public static DateTimeOffset? ToTime(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null
            || !DateTime.TryParse(value.DateTime, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return null;
        }

        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrEmpty(value.TimeZone) && !string.Equals(value.TimeZone, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(value.TimeZone, out var found))
            {
                return null;
            }

            zone = found;
        }

        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
