namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The customer card in the Agents Playground with people and calendar context from a loopback Graph stub through the
/// real Graph SDK pipeline (Graph:Mode=Live, Graph:Credential=None): the stub's title, presence and meeting appear.
/// </summary>
public sealed class GraphContextFlowTests(GraphPlaygroundFixture playground) : IClassFixture<GraphPlaygroundFixture>
{
    private readonly PlaygroundChat _chat = new(playground);

    [Fact]
    public async Task ShowAccount_GraphStub_CardShowsTitlePresenceAndLastMeeting()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("show Contoso");

        var reply = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("Contoso Renewal", StringComparison.Ordinal), since);
        var json = BotCards.Json(reply);
        Assert.Contains($"About Megan Bowen: {GraphPlaygroundFixture.MeganTitle} · busy", json, StringComparison.Ordinal);
        Assert.Contains($"Last met: ", json, StringComparison.Ordinal);
        Assert.Contains(GraphPlaygroundFixture.MeetingSubject, json, StringComparison.Ordinal);
        Assert.Contains("meeting.log", json, StringComparison.Ordinal);
        Assert.Contains(playground.Stub.RoundTrips, r => r.Path == "/v1.0/$batch" && r.Authorization is null);
    }

    [Fact]
    public async Task PhotoEndpoint_GraphStub_ServesTheSizedPhotoWithETag()
    {
        using var http = new HttpClient { BaseAddress = playground.AppAddress };

        using var photo = await http.GetAsync($"/api/people/{DemoPeople.TenantId}/{DemoPeople.Megan.AadObjectId}/photo");
        Assert.True(photo.IsSuccessStatusCode, playground.Diagnostics);
        Assert.Equal(GraphPlaygroundFixture.Photo, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var etag = photo.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/people/{DemoPeople.TenantId}/{DemoPeople.Megan.AadObjectId}/photo");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await http.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);

        using var none = await http.GetAsync($"/api/people/{DemoPeople.TenantId}/{DemoPeople.Lukas.AadObjectId}/photo");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, none.StatusCode);
    }
}
