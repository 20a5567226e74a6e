using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Tab.Tests.Infrastructure;

/// <summary>
/// A people and calendar context as the directory would answer it (the Graph stand-in of these tests): the owner's
/// profile with a photo, and one past and one coming meeting in the owner's calendar with a customer contact and an
/// internal subject. What each viewer may see of it is decided by Core's policy, not here.
/// </summary>
public sealed class ScriptedPeopleContext(TimeProvider time) : IPeopleContextSource
{
    public const string OwnerTitle = "Head of Sales";
    public const string Subject = "Internal: pricing strategy";
    public const string CustomerEmail = "emma@contoso.example";

    public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var owner = WorkspaceWorld.Megan;
        var now = time.GetUtcNow();
        MeetingAttendee[] attendees = [new("Emma Hughes", CustomerEmail), new(owner.DisplayName, "megan@teamscrm.example")];
        var people = new[] { new PersonProfile(owner.UserId, owner.DisplayName, "megan@teamscrm.example", OwnerTitle, "Sales", PresenceStatus.Available, "Adele Vance", HasPhoto: true) };
        var meetings = new[]
        {
            new Meeting("m-past", owner.UserId, now.AddDays(-5), now.AddDays(-5).AddHours(1), Subject, owner.DisplayName, null, attendees),
            new Meeting("m-next", owner.UserId, now.AddDays(4), now.AddDays(4).AddHours(1), Subject, owner.DisplayName, null, attendees),
        };
        return Task.FromResult(new PeopleContextResult(people, meetings, IsDegraded: false));
    }
}
