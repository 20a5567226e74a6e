using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The real app and Agents Playground (<see cref="PlaygroundFixture"/>) plus Debian's Chromium driven by Playwright,
/// headless, with every background connection of the browser off (the tests run without a network but loopback).
/// Each test opens its own signed-in browser sessions (<see cref="SignInAsync"/>); screenshots go to
/// <see cref="ArtifactsDirectory"/>.
/// </summary>
public sealed class TabBrowserFixture : PlaygroundFixture
{
    /// <summary>Debian's Chromium; scripts/install-chromium.sh installs it (the test command runs that script).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The Teams app id the app runs with (`App:TeamsAppId`), so customer cards offer "Open in Teams tab".</summary>
    public const string TeamsAppId = "6f3b2a10-8c4d-4e5f-9a6b-7c8d9e0f1a2b";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>TestResults/tab-screenshots at the repository root (kept by CI as test artifacts).</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults", "tab-screenshots")).FullName;

    protected override IReadOnlyDictionary<string, string> AppSettings => new Dictionary<string, string> { ["App__TeamsAppId"] = TeamsAppId };

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/install-chromium.sh (the test command does).");
        }

        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A new browser session (own cookies) signed in as a demo person through the Development sign-in page.</summary>
    public async Task<TabSession> SignInAsync(string objectId, string locale = "en-US", ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = AppAddress.AbsoluteUri,
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        var session = new TabSession(context, await context.NewPageAsync());
        await session.SignInAsync(objectId, locale);
        return session;
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
