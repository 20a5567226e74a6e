using TeamsCrm.TestSupport.Graph;
using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.Graph.Benchmarks;

/// <summary>The stub's answers for the benchmark's viewer (who owns the account): profile, manager, photo, presence, a calendar with the customer.</summary>
internal static class GraphStubData
{
    public static void Configure(GraphStub stub, string userId, TimeSpan delay)
    {
        stub.On($"/users/{userId}", StubResponse.Ok(GraphPayloads.Entity(GraphPayloads.User(userId, "Bench Owner", "bench.owner@teamscrm.example", "bench.owner@teamscrm.example", "Account Manager", "Sales"))));
        stub.On($"/users/{userId}/manager", StubResponse.Ok(GraphPayloads.Manager(GraphPayloads.User("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e05", "Johanna Lorenz", "johannal@teamscrm.example", "johannal@teamscrm.example", "Head of Sales", "Management"))));
        stub.On($"/users/{userId}/photos/64x64", StubResponse.Ok(Photo(userId)));
        stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences((userId, "Available", "Available"))));
        var now = DateTimeOffset.UtcNow;
        stub.On($"/users/{userId}/calendarView", StubResponse.Ok(CalendarPage(
            userId,
            null,
            Event("bench-last", "Quarterly review", now.AddDays(-4), TimeSpan.FromHours(1), ("Bench Owner", "bench.owner@teamscrm.example"), ("Anna Schmidt", "anna.schmidt@mueller.example")),
            Event("bench-next", "Renewal planning", now.AddDays(5), TimeSpan.FromHours(1), ("Bench Owner", "bench.owner@teamscrm.example"), ("Anna Schmidt", "anna.schmidt@mueller.example")))));
        stub.OnBatch(StubResponse.Batch with { Delay = delay });
    }
}
