using TeamsCrm.Graph.Tests.Context;
using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.Graph.Tests.Delegated;

public sealed class DelegatedPeopleContextSourceTests
{
    private static readonly string Megan = TestUsers.MeganId;
    private static readonly string Lukas = TestUsers.LukasId;

    [Fact]
    public async Task GetAsync_ViewerSignedIn_OwnCalendarWithTheirTokenOthersAsTheApp()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        LukasRoutes(graph.Stub);
        await graph.SignInAsync(Lukas);

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Lukas, Megan));

        Assert.False(context.IsDegraded);
        var own = Assert.Single(graph.DirectCalendarReads);
        Assert.Equal(($"/v1.0/users/{Lukas}/calendarView", $"Bearer {DelegatedContextHarness.DelegatedToken(Lukas)}"), (own.Path, own.Authorization));
        Assert.Equal("iCalUId,subject,start,end,organizer,attendees,isCancelled,sensitivity", own.QueryValue("$select"));
        Assert.Equal($"/v1.0/users/{Megan}/calendarView", Assert.Single(graph.BatchedCalendarReads).Path);
        var batch = Assert.Single(graph.Stub.RoundTrips, r => r.Path == "/v1.0/$batch");
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", batch.Authorization);
        Assert.Equal(["Lukas's own review", "Quarterly review", "Renewal 2027"], context.Meetings.Select(m => m.Subject).Order(StringComparer.Ordinal));
        Assert.Equal(Lukas, context.Meetings.Single(m => m.Subject == "Lukas's own review").CalendarOwnerId);
        Assert.Equal(2, context.People.Count);
    }

    [Fact]
    public async Task GetAsync_ViewerIsTheOwner_NoCalendarInTheAppsBatch()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        await graph.SignInAsync(Megan);

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Megan, Megan));

        Assert.Equal($"Bearer {DelegatedContextHarness.DelegatedToken(Megan)}", Assert.Single(graph.DirectCalendarReads).Authorization);
        Assert.Empty(graph.BatchedCalendarReads);
        Assert.Equal(["Quarterly review", "Renewal 2027"], context.Meetings.Select(m => m.Subject));
    }

    [Fact]
    public async Task GetAsync_Warm_DelegatedCalendarCached()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        await graph.SignInAsync(Megan);
        await graph.Source.GetAsync(DelegatedContextHarness.Request(Megan, Megan));

        var warm = await graph.Source.GetAsync(DelegatedContextHarness.Request(Megan, Megan));

        Assert.Equal(2, warm.Meetings.Count);
        Assert.Equal(2, graph.Stub.RoundTrips.Count); // the first batch and the first delegated read, nothing since
    }

    [Fact]
    public async Task GetAsync_NoDelegatedSession_EverythingAsTheApp()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        LukasRoutes(graph.Stub);

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Lukas, Megan));

        Assert.Empty(graph.DirectCalendarReads);
        Assert.Equal(2, graph.BatchedCalendarReads.Count);
        Assert.All(graph.Stub.RoundTrips, r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
        Assert.Equal(3, context.Meetings.Count);
    }

    [Fact]
    public async Task GetAsync_AppOnlyCalendarsOffWithoutSession_NoCalendarAtAll()
    {
        await using var graph = await DelegatedContextHarness.StartAsync(appOnlyCalendars: false);
        ContextStubRoutes.Megan(graph.Stub);
        LukasRoutes(graph.Stub);

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Lukas, Megan));

        Assert.Empty(graph.DirectCalendarReads);
        Assert.Empty(graph.BatchedCalendarReads);
        Assert.Empty(context.Meetings);
        Assert.Equal(2, context.People.Count);
        Assert.False(context.IsDegraded);
    }

    [Fact]
    public async Task GetAsync_AppOnlyCalendarsOffSignedIn_OnlyTheViewersOwnCalendar()
    {
        await using var graph = await DelegatedContextHarness.StartAsync(appOnlyCalendars: false);
        ContextStubRoutes.Megan(graph.Stub);
        LukasRoutes(graph.Stub);
        await graph.SignInAsync(Lukas);

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Lukas, Megan));

        Assert.Equal($"/v1.0/users/{Lukas}/calendarView", Assert.Single(graph.DirectCalendarReads).Path);
        Assert.Empty(graph.BatchedCalendarReads);
        Assert.Equal("Lukas's own review", Assert.Single(context.Meetings).Subject);
    }

    [Fact]
    public async Task GetAsync_DelegatedTokenRefused_FallsBackToTheApp()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        await graph.SignInAsync(Megan);
        graph.Stub.On($"/users/{Megan}/calendarView", new StubResponse(401, GraphPayloads.Error("InvalidAuthenticationToken", "Access token validation failure.")), StubResponse.Ok(CalendarPage(Megan, null, ContextStubRoutes.LastMeeting)));

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Megan, Megan));

        Assert.Equal($"Bearer {DelegatedContextHarness.DelegatedToken(Megan)}", Assert.Single(graph.DirectCalendarReads).Authorization);
        Assert.Equal($"/v1.0/users/{Megan}/calendarView", Assert.Single(graph.BatchedCalendarReads).Path);
        Assert.Equal("Quarterly review", Assert.Single(context.Meetings).Subject);
        Assert.False(context.IsDegraded);
    }

    [Fact]
    public async Task GetAsync_DelegatedTokenRefusedAppOnlyCalendarsOff_NoCalendarNoError()
    {
        await using var graph = await DelegatedContextHarness.StartAsync(appOnlyCalendars: false);
        ContextStubRoutes.Megan(graph.Stub);
        await graph.SignInAsync(Megan);
        graph.Stub.On($"/users/{Megan}/calendarView", new StubResponse(403, GraphPayloads.Error("ErrorAccessDenied", "Access is denied.")));

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(Megan, Megan));

        Assert.Empty(context.Meetings);
        Assert.Empty(graph.BatchedCalendarReads);
        Assert.Single(context.People);
    }

    [Fact]
    public async Task GetAsync_NoViewer_NeverADelegatedToken()
    {
        await using var graph = await DelegatedContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        await graph.SignInAsync(Megan); // the owner has a session; a request without a viewer (a guest's) must not use it

        var context = await graph.Source.GetAsync(DelegatedContextHarness.Request(null, Megan));

        Assert.Empty(graph.DirectCalendarReads);
        Assert.Equal($"/v1.0/users/{Megan}/calendarView", Assert.Single(graph.BatchedCalendarReads).Path);
        Assert.All(graph.Stub.RoundTrips, r => Assert.Equal($"Bearer {FakeTokenCredential.Token}", r.Authorization));
        Assert.Equal(2, context.Meetings.Count);
    }

    private static void LukasRoutes(GraphStub stub)
    {
        stub.On($"/users/{Lukas}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Lukas)));
        stub.On($"/users/{Lukas}/manager", StubResponse.NotFound(Lukas));
        stub.On($"/users/{Lukas}/photos/64x64", StubResponse.NoPhoto());
        stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences((Megan, "Busy", "InACall"), (Lukas, "Available", "Available"))));
        stub.On($"/users/{Lukas}/calendarView", StubResponse.Ok(CalendarPage(Lukas, null, Event(
            "040000008200E00074C5B7101A82E00800000000LUKAS",
            "Lukas's own review",
            ContextHarness.Now.AddDays(-2),
            TimeSpan.FromHours(1),
            ("Lukas Schneider", "lukas.schneider@teamscrm.example"),
            ("Ann Lee", ContextStubRoutes.ContactAddress)))));
    }
}
