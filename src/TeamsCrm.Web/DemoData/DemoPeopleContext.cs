using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Graph.Offline;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The offline people and calendar context of the demo tenant (Development without Graph): the demo people's
/// titles, presence, manager (Johanna Lorenz, Head of Sales) and photos, and a few meetings of the account owners
/// with their customers' key contacts — one past and one upcoming for each of the first companies, anchored at
/// the day the app started — so a newcomer sees "Last met …" and "Next meeting …" on the cards.
/// </summary>
public static class DemoPeopleContext
{
    private const int CompaniesWithMeetings = 8;

    private static readonly PresenceStatus[] Presence =
        [PresenceStatus.Available, PresenceStatus.Busy, PresenceStatus.Away, PresenceStatus.DoNotDisturb, PresenceStatus.Offline];

    public static OfflinePeopleContextSource Create(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var profiles = DemoTenant.Directory.Select((person, index) => new PersonProfile(
            person.UserId,
            person.DisplayName,
            person.Email,
            person.JobTitle,
            person.Department,
            person.IsGuest ? null : Presence[index % Presence.Length],
            person.IsGuest || person.UserId == DemoTenant.Johanna.UserId ? null : DemoTenant.Johanna.DisplayName,
            HasPhoto: !person.IsGuest && person.UserId != DemoTenant.Alex.UserId,
            person.IsGuest)).ToArray();
        return new OfflinePeopleContextSource(DemoTenant.TenantId, profiles, Meetings(time.GetUtcNow()));
    }

    private static List<Meeting> Meetings(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var meetings = new List<Meeting>();
        for (var index = 0; index < CompaniesWithMeetings; index++)
        {
            var company = DemoCatalog.Companies[index];
            var owner = DemoTenant.Members[index % DemoTenant.Members.Count];
            var ownerEmail = DemoTenant.Directory.First(p => p.UserId == owner.UserId).Email!;
            var (first, last, _) = DemoCatalog.People[index % DemoCatalog.People.Count]; // the key contact (see DemoDataSeeder)
            var contact = new MeetingAttendee($"{first} {last}", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@{company.Domain}");
            var newcomer = new MeetingAttendee("Sam Taylor", $"sam.taylor@{company.Domain}"); // not a contact yet
            var organizer = new MeetingAttendee(owner.DisplayName, ownerEmail);
            var lastStart = today.AddDays(-(3 + (index * 4))).AddHours(9 + (index % 6));
            var nextStart = today.AddDays(2 + (index * 3)).AddHours(10 + (index % 5));
            meetings.Add(Meeting($"demo-{index}-last", owner.UserId, lastStart, $"{company.Name}: quarterly review", organizer, [organizer, contact, newcomer]));
            meetings.Add(Meeting($"demo-{index}-next", owner.UserId, nextStart, $"{company.Name}: {DemoCatalog.DealThemes[index % DemoCatalog.DealThemes.Count].ToLowerInvariant()} planning", organizer, [organizer, contact]));
        }

        return meetings;
    }

    private static Meeting Meeting(string id, string calendarOwnerId, DateTimeOffset start, string subject, MeetingAttendee organizer, MeetingAttendee[] attendees) =>
        new(id, calendarOwnerId, start, start.AddMinutes(45), subject, organizer.Name, organizer.Email, attendees);
}
