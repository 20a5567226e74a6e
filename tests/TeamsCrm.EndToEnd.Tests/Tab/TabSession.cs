using System.Text;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// One person's browser session on the tab: its page, and everything the browser received — every HTTP response
/// body and every message on the page's live connection (Blazor's circuit) — so a test can assert that nothing it
/// must not see ever reached the browser, not only that it is not shown.
/// </summary>
public sealed class TabSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _received = new();

    public IPage Page { get; } = page;

    /// <summary>Every response body and live-connection message received so far, as text (binary frames as UTF-8).</summary>
    public IReadOnlyCollection<string> Received => _received;

    internal async Task SignInAsync(string objectId, string locale)
    {
        Record();
        await Page.GotoAsync("/tab/me");
        await Page.Locator($"input[name=person][value='{objectId}']").CheckAsync();
        await Page.Locator("select[name=locale]").SelectOptionAsync(locale.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? "de-DE" : "en-US");
        await Page.Locator("form.crm-dev-sign-in button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync("**/tab/me");
    }

    /// <summary>Opens a tab page and waits until it is live (the circuit connected) and nothing on it is still loading.</summary>
    public async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForFunctionAsync("() => document.documentElement.dataset.crmLive === 'true' && !document.querySelector('[data-crm-loading]')");
    }

    /// <summary>
    /// The relative luminance (0 black … 1 white) of a colour the page computed; <paramref name="colour"/> is a script
    /// expression giving it, e.g. <c>getComputedStyle(document.body).backgroundColor</c>.
    /// </summary>
    public Task<double> LuminanceAsync(string colour) =>
        Page.EvaluateAsync<double>($"() => {{ const [r, g, b] = ({colour}).match(/\\d+/g).map(Number); return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; }}");

    /// <summary>Whether <paramref name="text"/> appears anywhere the browser received.</summary>
    public bool EverReceived(string text) => _received.Any(body => body.Contains(text, StringComparison.Ordinal));

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TabBrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });

    private void Record()
    {
        Page.Response += async (_, response) =>
        {
            try
            {
                _received.Enqueue(Encoding.UTF8.GetString(await response.BodyAsync()));
            }
            catch (PlaywrightException)
            {
                // Redirects and aborted requests have no body.
            }
        };
        Page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => _received.Enqueue(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
        };
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
