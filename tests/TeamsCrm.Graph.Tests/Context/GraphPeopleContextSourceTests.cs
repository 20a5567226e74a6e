using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.Graph.Tests.Context;

public sealed class GraphPeopleContextSourceTests
{
    private static readonly string Megan = TestUsers.MeganId;

    [Fact]
    public async Task GetAsync_Cold_OneBatchWithEveryRequest()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.False(context.IsDegraded);
        var megan = Assert.Single(context.People);
        Assert.Equal(("Marketing Manager", "Marketing", "Lukas Schneider", true, PresenceStatus.Busy), (megan.JobTitle, megan.Department, megan.ManagerName, megan.HasPhoto, megan.Presence));
        Assert.Equal(["Quarterly review", "Renewal 2027"], context.Meetings.Select(m => m.Subject));
        Assert.Equal(ContextHarness.Now.AddDays(-6), context.Meetings[0].Start);
        Assert.Contains(context.Meetings[0].Attendees, a => a.Email == ContextStubRoutes.ContactAddress);

        var trip = Assert.Single(graph.Stub.RoundTrips);
        Assert.Equal(("POST", "/v1.0/$batch"), (trip.Method, trip.Path));
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", trip.Authorization);
        var steps = graph.Stub.Requests.Where(r => r.InBatch).ToArray();
        Assert.Equal(5, steps.Length);
        Assert.Equal("id,displayName,mail,userPrincipalName,jobTitle,department,userType,externalUserState", steps.Single(s => s.Path == $"/v1.0/users/{Megan}").QueryValue("$select"));
        Assert.Equal("id,displayName", steps.Single(s => s.Path.EndsWith("/manager", StringComparison.Ordinal)).QueryValue("$select"));
        Assert.Contains(steps, s => s.Path == $"/v1.0/users/{Megan}/photos/64x64");
        var presence = steps.Single(s => s.Path == "/v1.0/communications/getPresencesByUserId");
        Assert.Equal("POST", presence.Method);
        Assert.Contains(Megan, presence.Body, StringComparison.Ordinal);
        var calendar = steps.Single(s => s.Path.EndsWith("/calendarView", StringComparison.Ordinal));
        Assert.Equal(("2026-10-01T09:00:00Z", "2026-12-30T09:00:00Z"), (calendar.QueryValue("startDateTime"), calendar.QueryValue("endDateTime")));
        Assert.Equal("iCalUId,subject,start,end,organizer,attendees,isCancelled,sensitivity", calendar.QueryValue("$select"));
        Assert.Equal("outlook.timezone=\"UTC\"", calendar.Headers["Prefer"]);
    }

    [Fact]
    public async Task GetAsync_Warm_NoRoundTripUntilPresenceExpires()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        var request = ContextHarness.Request([Megan], [Megan]);
        await graph.Source.GetAsync(request);

        var warm = await graph.Source.GetAsync(request);
        Assert.Single(graph.Stub.RoundTrips);
        Assert.Equal(PresenceStatus.Busy, Assert.Single(warm.People).Presence);

        graph.Advance(TimeSpan.FromSeconds(31));
        await graph.Source.GetAsync(request);
        Assert.Equal(2, graph.Stub.RoundTrips.Count);
        Assert.Equal("/v1.0/communications/getPresencesByUserId", Assert.Single(graph.Stub.Requests.Where(r => r.InBatch).Skip(5)).Path);
    }

    [Fact]
    public async Task GetAsync_CalendarPaged_FollowsNextLink()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        var next = $"{graph.Stub.BaseUrl}/users/{Megan}/calendarView?startDateTime=2026-10-01T09:00:00Z&endDateTime=2026-12-30T09:00:00Z&$skiptoken=page2";
        graph.Stub.On(
            $"/users/{Megan}/calendarView",
            StubResponse.Ok(CalendarPage(Megan, next, ContextStubRoutes.LastMeeting)),
            StubResponse.Ok(CalendarPage(Megan, null, ContextStubRoutes.NextMeeting)));

        var context = await graph.Source.GetAsync(ContextHarness.Request([], [Megan]));

        Assert.False(context.IsDegraded);
        Assert.Equal(["Quarterly review", "Renewal 2027"], context.Meetings.Select(m => m.Subject));
        var second = graph.Stub.RoundTrips[1];
        Assert.Equal(("GET", "page2"), (second.Method, second.QueryValue("$skiptoken")));
    }

    [Fact]
    public async Task GetAsync_MixedSubResponses_KeepsWhatAnsweredAndDegrades()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.On($"/users/{Megan}/manager", StubResponse.NotFound(Megan));
        graph.Stub.On($"/users/{Megan}/photos/64x64", StubResponse.NoPhoto());
        graph.Stub.On($"/users/{Megan}/calendarView", StubResponse.Unavailable());

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        var megan = Assert.Single(context.People);
        Assert.Equal(("Marketing Manager", null, false), (megan.JobTitle, megan.ManagerName, megan.HasPhoto));
        Assert.Empty(context.Meetings);
        Assert.True(context.IsDegraded);
        Assert.Single(graph.Stub.RoundTrips);
    }

    [Fact]
    public async Task GetAsync_CalendarOutsideTheAppsExchangeScope_NoMeetingsNotDegradedAndRemembered()
    {
        await using var graph = await ContextHarness.StartAsync();
        ContextStubRoutes.Megan(graph.Stub);
        graph.Stub.On($"/users/{Megan}/calendarView", new StubResponse(403, GraphPayloads.Error("ErrorAccessDenied", "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.")));
        var request = ContextHarness.Request([Megan], [Megan]);

        var context = await graph.Source.GetAsync(request);
        await graph.Source.GetAsync(request);

        Assert.False(context.IsDegraded);
        Assert.Empty(context.Meetings);
        Assert.Single(graph.Stub.RoundTrips);
    }

    [Fact]
    public async Task GetAsync_GuestAndUnknownUser_GuestWithoutPresenceUnknownLeftOut()
    {
        await using var graph = await ContextHarness.StartAsync();
        graph.Stub.On($"/users/{TestUsers.PatId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Pat)));
        graph.Stub.On($"/users/{TestUsers.PatId}/manager", StubResponse.NotFound(TestUsers.PatId));
        graph.Stub.On($"/users/{TestUsers.PatId}/photos/64x64", StubResponse.NoPhoto());
        graph.Stub.On($"/users/{TestUsers.UnknownId}", StubResponse.NotFound(TestUsers.UnknownId));
        graph.Stub.On($"/users/{TestUsers.UnknownId}/manager", StubResponse.NotFound(TestUsers.UnknownId));
        graph.Stub.On($"/users/{TestUsers.UnknownId}/photos/64x64", StubResponse.NotFound(TestUsers.UnknownId));
        graph.Stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences((TestUsers.PatId, "Available", "Available"))));

        var context = await graph.Source.GetAsync(ContextHarness.Request([TestUsers.PatId, TestUsers.UnknownId, "not-a-guid"], []));

        var pat = Assert.Single(context.People);
        Assert.True(pat.IsGuest);
        Assert.Null(pat.Presence);
        Assert.False(context.IsDegraded);
        Assert.DoesNotContain(graph.Stub.Requests, r => r.Path.Contains("not-a-guid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetAsync_OtherTenant_AsksNothing()
    {
        await using var graph = await ContextHarness.StartAsync();

        var context = await graph.Source.GetAsync(new PeopleContextRequest(GraphHarness.OtherTenantId, [Megan], [Megan], ContextHarness.Now, ContextHarness.Now.AddDays(1)));

        Assert.Empty(context.People);
        Assert.Empty(graph.Stub.Requests);
    }

    [Fact]
    public async Task GetAsync_NoCredential_SendsNoAuthorizationHeader()
    {
        await using var graph = await ContextHarness.StartAsync(noCredential: true);
        ContextStubRoutes.Megan(graph.Stub);

        var context = await graph.Source.GetAsync(ContextHarness.Request([Megan], [Megan]));

        Assert.False(context.IsDegraded);
        Assert.Null(Assert.Single(graph.Stub.RoundTrips).Authorization);
    }
}
