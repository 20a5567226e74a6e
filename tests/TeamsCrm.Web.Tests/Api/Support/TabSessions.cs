using System.Text;

namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>Starts a tab session the way the tab's sign-in page does: POST /tab/session with the SSO token as bearer token.</summary>
internal static class TabSessions
{
    /// <summary>The session cookie ("name=value") the app set.</summary>
    public static async Task<string> StartAsync(ApiHost host, string token, string locale = "en-US", string? timeZone = null)
    {
        using var client = host.ClientWith(token);
        var body = System.Text.Json.JsonSerializer.Serialize(new { locale, timeZone });
        using var response = await client.Http.PostAsync(
            new Uri("/tab/session", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        return setCookie.Split(';')[0];
    }

    /// <summary>The page's server-rendered HTML as the browser with <paramref name="cookie"/> receives it first.</summary>
    public static async Task<string> PageAsync(ApiHost host, string cookie, string path)
    {
        using var browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }
}
