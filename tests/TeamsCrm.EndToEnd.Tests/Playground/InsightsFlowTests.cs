using System.Buffers.Binary;
using System.Text.RegularExpressions;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The insights answers through the real Agents Playground against the seeded demo tenant: "pipeline" and (in German)
/// "wen soll ich heute anrufen" come back as cards whose chart image link, fetched as Teams would (without a session),
/// serves a PNG from the app; the same link with one figure changed is refused.
/// </summary>
public sealed class InsightsFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly PlaygroundChat _chat = new(playground);

    [Fact]
    public async Task Pipeline_PersonalChat_CardWithAChartLinkThatServesAPng()
    {
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("pipeline");

        var reply = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Your pipeline"), since);

        // The "Open insights" button needs App:TeamsAppId (a Teams deep link), which this app has not: tested in the turn tests.
        Assert.True(BotCards.Says(reply, "Win rate, last 12 months", "Chart: open amount per stage"), BotCards.Text(reply));
        var chart = ChartUrl(reply, "/pipeline?");
        await AssertServesPngAsync(chart);
        await AssertTamperedRefusedAsync(chart);
    }

    [Fact]
    public async Task CallList_GermanPersonalChat_GermanCardWithAChartLinkThatServesAPng()
    {
        var since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Megan, "wen soll ich heute anrufen", "de-DE");

        var reply = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Wen du heute anrufen solltest"), since);

        Assert.True(BotCards.Says(reply, "Diagramm: ein Balken je Person"), BotCards.Text(reply));
        await AssertServesPngAsync(ChartUrl(reply, "/calls?"));
    }

    /// <summary>The card's Image url: the app's own address, a chart of this kind, signed.</summary>
    private Uri ChartUrl(JsonElement reply, string kind)
    {
        var json = BotCards.Json(reply);
        var match = Regex.Match(json, "\"url\":\"(?<url>[^\"]*/api/chat-insights/[^\"]+)\"");
        Assert.True(match.Success, json);
        var url = new Uri(Regex.Unescape(match.Groups["url"].Value));
        Assert.Contains(kind, url.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("&sig=", url.Query, StringComparison.Ordinal);
        Assert.Equal(playground.AppAddress.Authority, url.Authority);
        Assert.Contains("\"altText\":", json, StringComparison.Ordinal);
        return url;
    }

    private static async Task AssertServesPngAsync(Uri chart)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(chart);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        // A PNG: its signature, then the IHDR chunk with the width (the renderer's 640 pixels) big-endian at byte 16.
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
    }

    private static async Task AssertTamperedRefusedAsync(Uri chart)
    {
        var figures = Regex.Match(chart.Query, "d=(?<d>[^&]+)").Groups["d"].Value;
        var changed = figures.StartsWith('9') ? "1" + figures[1..] : "9" + figures[1..];
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(chart.AbsoluteUri.Replace("d=" + figures, "d=" + changed, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
