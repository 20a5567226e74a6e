namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The customer card in the Agents Playground with people and calendar context from a loopback Graph stub through the
/// real Graph SDK pipeline (Graph:Mode=Live, Graph:Credential=None): the stub's title, presence, meeting and photo
/// appear (the photo as the card's Image, whose signed link serves the stub's bytes).
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
        Assert.Contains($"Add {GraphPlaygroundFixture.NewAttendee}", json, StringComparison.Ordinal);
        Assert.Contains("contactEmail", json, StringComparison.Ordinal);
        Assert.Contains(GraphPlaygroundFixture.NewAttendeeEmail, json, StringComparison.Ordinal);
        Assert.Contains(playground.Stub.RoundTrips, r => r.Path == "/v1.0/$batch" && r.Authorization is null);
    }

    [Fact]
    public async Task PhotoEndpoint_CardsSignedLink_ServesTheStubsPhotoWithETag()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("show Contoso");
        var reply = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("Contoso Renewal", StringComparison.Ordinal), since);
        var image = Assert.Single(Images(JsonNode.Parse(BotCards.Json(reply))));
        var link = new Uri(image["url"]!.GetValue<string>());
        Assert.Equal(playground.AppAddress.Authority, link.Authority);
        Assert.Contains("?exp=", link.Query, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = playground.AppAddress };

        using var photo = await http.GetAsync(link);
        Assert.True(photo.IsSuccessStatusCode, playground.Diagnostics);
        Assert.Equal(GraphPlaygroundFixture.Photo, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var etag = photo.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, link);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await http.SendAsync(again);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);

        using var unsigned = await http.GetAsync(link.AbsolutePath);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unsigned.StatusCode);
        using var otherPerson = await http.GetAsync(link.AbsolutePath.Replace(DemoPeople.Megan.AadObjectId, DemoPeople.Lukas.AadObjectId, StringComparison.Ordinal) + link.Query);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, otherPerson.StatusCode);
    }

    private static IEnumerable<JsonObject> Images(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "Image" => [o],
        JsonObject o => o.SelectMany(p => Images(p.Value)),
        JsonArray a => a.SelectMany(Images),
        _ => [],
    };
}
