using System.Globalization;
using System.Text.Encodings.Web;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>The tab's SSO exchange: POST /tab/session with the Teams token as bearer token → the session cookie the pages use.</summary>
[Collection(ApiTests.Name)]
public sealed class TabSessionTests(ApiHost host)
{
    [Fact]
    public async Task PostSession_ValidToken_SetsSessionCookieThatOpensMyCrm()
    {
        var cookie = await TabSessions.StartAsync(host, host.TokenFor(DemoTenant.Megan));
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/tab/me", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.ParseAdd("text/html");

        using var page = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("My CRM", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyCrm_WithoutSession_RedirectsToSignIn()
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/tab/me", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");

        using var page = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/tab/sign-in", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("none")]
    public async Task PostSession_InvalidToken_Returns401WithoutCookie(string token)
    {
        var sent = token switch
        {
            "forged" => host.TokenFor(DemoTenant.Megan, t => t with { ForgedSignature = true }),
            "expired" => host.TokenFor(DemoTenant.Megan, t => t with { ValidFrom = DateTimeOffset.UtcNow.AddHours(-3) }),
            _ => null,
        };
        using var client = host.ClientWith(sent);

        using var response = await client.Http.PostAsync(new Uri("/tab/session", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData(null, "UTC")]
    [InlineData("<script>alert(1)</script>", "UTC")]
    [InlineData("Not/A_Zone", "UTC")]
    public async Task PostSession_TimeZone_WorkspaceShowsTimesInItFromTheFirstPaint(string? sent, string shownIn)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var comment = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Time check" })).Expect(HttpStatusCode.Created);
        var createdAt = DateTimeOffset.Parse(comment["createdAt"]!, CultureInfo.InvariantCulture);
        var cookie = await TabSessions.StartAsync(host, host.TokenFor(DemoTenant.Megan), timeZone: sent);

        var html = await TabSessions.PageAsync(host, cookie, $"/tab/accounts/{account.Id}");

        var english = CultureInfo.GetCultureInfo("en");
        var expected = TimeZoneInfo.ConvertTime(createdAt, TimeZoneInfo.FindSystemTimeZoneById(shownIn)).ToString("g", english);
        Assert.Contains(HtmlEncoder.Default.Encode(expected), html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", html, StringComparison.Ordinal);
    }
}
