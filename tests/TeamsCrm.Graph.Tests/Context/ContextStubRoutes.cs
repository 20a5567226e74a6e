using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.Graph.Tests.Context;

/// <summary>The stub's answers for Megan (owner, with manager, photo, presence) and her calendar with Contoso.</summary>
internal static class ContextStubRoutes
{
    public const string ContactAddress = "ann.lee@contoso.example";

    public static void Megan(GraphStub stub)
    {
        var id = TestUsers.MeganId;
        stub.On($"/users/{id}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));
        stub.On($"/users/{id}/manager", StubResponse.Ok(GraphPayloads.Manager(TestUsers.Lukas)));
        stub.On($"/users/{id}/photos/64x64", StubResponse.Ok(Photo(id)));
        stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences((id, "Busy", "InACall"))));
        stub.On($"/users/{id}/calendarView", StubResponse.Ok(CalendarPage(id, null, LastMeeting, NextMeeting)));
    }

    public static System.Text.Json.Nodes.JsonObject LastMeeting => Event(
        "040000008200E00074C5B7101A82E00800000000LAST",
        "Quarterly review",
        ContextHarness.Now.AddDays(-6),
        TimeSpan.FromHours(1),
        ("Megan Bowen", "megan.bowen@teamscrm.example"),
        ("Ann Lee", ContactAddress),
        ("Megan Bowen", "megan.bowen@teamscrm.example"));

    public static System.Text.Json.Nodes.JsonObject NextMeeting => Event(
        "040000008200E00074C5B7101A82E00800000000NEXT",
        "Renewal 2027",
        ContextHarness.Now.AddDays(3),
        TimeSpan.FromMinutes(30),
        ("Megan Bowen", "megan.bowen@teamscrm.example"),
        ("Bob Stone", "bob.stone@contoso.example"));
}
