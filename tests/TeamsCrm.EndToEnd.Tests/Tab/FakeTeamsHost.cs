
namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// Teams around a tab page, for the browser tests: a host page that frames the tab page (so it runs in an iframe, as in
/// Teams) and, in the frame, a stand-in for the Teams JavaScript client library (the real teams-js file is not served
/// to this browser) that answers the calls the tab makes — initialize, getContext (the channel, team, theme and
/// locale given here), the configuration page's validity, Save handler and setConfig — and records them in
/// <c>window.fakeTeams</c>. The tab's own code and the server are real; only the Teams client is played.
/// </summary>
public static class FakeTeamsHost
{
    private const string HostPath = "/fake-teams-host";

    /// <summary>
    /// Opens <paramref name="tabPath"/> framed by the fake host; returns the tab's frame. <paramref name="subPageId"/> is
    /// the context's page.subPageId, as a deep link's subEntityId sets it (null: none).
    /// </summary>
    public static async Task<IFrame> OpenAsync(TabSession session, string tabPath, string channelId, string teamId, string theme = "default", string locale = "en-US", string? subPageId = null)
    {
        var page = session.Page;
        await page.Context.AddInitScriptAsync(Library(channelId, teamId, theme, locale, subPageId));
        await page.RouteAsync("**/lib/teams-js/**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = "/* the fake Teams host plays teams-js */" }));
        await page.RouteAsync("**" + HostPath, route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = $"<!DOCTYPE html><title>Teams</title><iframe id=\"tab\" src=\"{tabPath}\" style=\"width:100%;height:800px;border:0\"></iframe>",
        }));
        await page.GotoAsync(HostPath);
        var frame = await (await page.Locator("#tab").ElementHandleAsync()).ContentFrameAsync()
            ?? throw new InvalidOperationException("The fake Teams host has no tab frame.");
        await frame.WaitForFunctionAsync("() => document.documentElement.dataset.crmLive === 'true' && !document.querySelector('[data-crm-loading]')");
        return frame;
    }

    /// <summary>
    /// Presses Teams' Save on the configuration page once the page has offered it (registered its Save handler and said
    /// the choice is valid, as Teams enables its button only then); answers "success" or the failure reason the page gave.
    /// </summary>
    public static async Task<string> SaveAsync(IFrame frame)
    {
        try
        {
            await frame.WaitForFunctionAsync(
                "() => window.fakeTeams.valid && typeof window.fakeTeams.saveHandler === 'function'", null, new FrameWaitForFunctionOptions { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            var state = await frame.EvaluateAsync<string>(
                "() => JSON.stringify({ valid: window.fakeTeams.valid, handler: typeof window.fakeTeams.saveHandler, live: document.documentElement.dataset.crmLive, configure: document.querySelector('main')?.outerHTML })");
            throw new TimeoutException("The configuration page never offered Save: " + state);
        }

        return await frame.EvaluateAsync<string>("() => window.fakeTeams.save()");
    }

    private static string Library(string channelId, string teamId, string theme, string locale, string? subPageId) =>
        """
        (() => {
          if (window.parent === window) return;
          const host = { valid: false, config: null, saveHandler: null, themeHandlers: [] };
          host.save = () => new Promise((resolve) => host.saveHandler({ notifySuccess: () => resolve("success"), notifyFailure: (reason) => resolve(reason || "failure") }));
          const context = { app: { theme: "%THEME%", locale: "%LOCALE%" }, channel: { id: "%CHANNEL%" }, team: { internalId: "%TEAM%" }, page: { subPageId: %SUBPAGE% } };
          const teams = {
            app: {
              initialize: () => Promise.resolve(),
              getContext: () => Promise.resolve(context),
              registerOnThemeChangeHandler: (handler) => host.themeHandlers.push(handler),
            },
            authentication: { getAuthToken: () => Promise.reject(new Error("no SSO in the fake host")) },
            pages: { config: {
              registerOnSaveHandler: (handler) => { host.saveHandler = handler; },
              setValidityState: (valid) => { host.valid = valid; },
              setConfig: (config) => { host.config = config; return Promise.resolve(); },
            } },
          };
          Object.defineProperty(window, "microsoftTeams", { value: teams, writable: false });
          window.fakeTeams = host;
        })();
        """
        .Replace("%THEME%", theme, StringComparison.Ordinal)
        .Replace("%LOCALE%", locale, StringComparison.Ordinal)
        .Replace("%CHANNEL%", channelId, StringComparison.Ordinal)
        .Replace("%TEAM%", teamId, StringComparison.Ordinal)
        .Replace("%SUBPAGE%", subPageId is null ? "null" : System.Text.Json.JsonSerializer.Serialize(subPageId), StringComparison.Ordinal);
}
