using TeamsCrm.TestSupport.Graph;
using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The app in Development with Graph:Mode=Live, Graph:Credential=None and Graph:BaseUrl pointing at a loopback Graph
/// stub (the real SDK pipeline, no token), plus the Agents Playground. The stub knows the demo people with titles
/// that exist nowhere else, Megan's presence, a photo, and a meeting of Megan's with Contoso's key contact. The
/// Playground is started by <see cref="PlaygroundFixture"/>, always with --disable-telemetry and
/// APPLICATION_INSIGHTS_NO_STATSBEAT=true.
/// </summary>
public sealed class GraphPlaygroundFixture : PlaygroundFixture
{
    public const string MeganTitle = "Stub Director of Customer Success";
    public const string MeetingSubject = "Stub quarterly business review";

    /// <summary>A customer attendee of the stub's meeting who is no contact of Contoso yet: offered as a new contact.</summary>
    public const string NewAttendee = "Sam Neuling";
    public const string NewAttendeeEmail = "sam.neuling@contoso.example";
    public static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01];

    private GraphStub? _stub;

    public GraphStub Stub => _stub!;

    protected override IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string>
    {
        ["Graph__Mode"] = "Live",
        ["Graph__Credential"] = "None",
        ["Graph__TenantId"] = DemoPeople.TenantId,
        ["Graph__BaseUrl"] = Stub.BaseUrl.AbsoluteUri,
        // These tests prove the context reaches the card, not the 1.8 s budget (unit-tested in Graph.Tests): on a
        // loaded machine the stub's $batch can take longer, and the card then rightly shows no presence.
        ["Graph__ContextTimeout"] = "00:00:10",
    };

    protected override async Task BeforeStartAsync()
    {
        _stub = await GraphStub.StartAsync();
        var people = DemoPeople.Members.Select((p, i) => (p.AadObjectId, p.Name, Title: i == 0 ? MeganTitle : $"Stub title {i}")).ToArray();
        foreach (var (id, name, title) in people)
        {
            var mail = $"{name.Split(' ')[0].ToLowerInvariant()}@teamscrm.example";
            _stub.On($"/users/{id}", StubResponse.Ok(GraphPayloads.Entity(GraphPayloads.User(id, name, mail, mail, title, "Sales"))));
            _stub.On($"/users/{id}/manager", StubResponse.NotFound(id));
            _stub.On($"/users/{id}/photos/64x64", id == DemoPeople.Megan.AadObjectId ? StubResponse.Ok(GraphContextPayloads.Photo(id)) : StubResponse.NoPhoto());
            _stub.On($"/users/{id}/calendarView", StubResponse.Ok(CalendarPage(id, null)));
        }

        var megan = DemoPeople.Megan.AadObjectId;
        _stub.On($"/users/{megan}/photos/64x64/$value", StubResponse.Image(Photo));
        _stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences([.. people.Select(p => (p.AadObjectId, p.AadObjectId == megan ? "Busy" : "Available", "InACall"))])));
        _stub.On($"/users/{megan}/calendarView", StubResponse.Ok(CalendarPage(
            megan,
            null,
            Event("e2e-last", MeetingSubject, DateTimeOffset.UtcNow.AddDays(-2), TimeSpan.FromHours(1), ("Megan Bowen", "megan@teamscrm.example"), ("Anna Schmidt", "anna.schmidt@contoso.example"), (NewAttendee, NewAttendeeEmail)))));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_stub is not null)
        {
            await _stub.DisposeAsync();
        }
    }
}
