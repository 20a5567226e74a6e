using System.Text;

namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>Starts a tab session the way the tab's sign-in page does: POST /tab/session with the SSO token as bearer token.</summary>
internal static class TabSessions
{
    /// <summary>The session cookie ("name=value") the app set.</summary>
    public static async Task<string> StartAsync(ApiHost host, string token, string locale = "en-US")
    {
        using var client = host.ClientWith(token);
        using var response = await client.Http.PostAsync(
            new Uri("/tab/session", UriKind.Relative), new StringContent($$"""{"locale":"{{locale}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        return setCookie.Split(';')[0];
    }
}
