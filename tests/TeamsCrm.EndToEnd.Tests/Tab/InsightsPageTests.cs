using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The insights page (/tab/insights) in Chromium against the real app, its seeded demo year and Azurite: charts drawn
/// in light and dark theme and at phone width without horizontal scrolling, the table toggle, and a guest who sees
/// "nothing shared" — with no tenant figure in any response or live-connection message; and a guest's account
/// workspace without the members' insights panel.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class InsightsPageTests(TabBrowserFixture fixture)
{
    [Theory]
    [InlineData("default", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("default", 375)]
    [InlineData("dark", 375)]
    public async Task Insights_ThemeAndWidth_ChartsDrawnInTheThemeAndFitThePhone(string theme, int width)
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: new ViewportSize { Width = width, Height = 812 });

        await OpenEveryoneLast12MonthsAsync(megan, "/tab/insights?theme=" + theme);

        Assert.Equal(theme, await megan.Page.Locator("html").GetAttributeAsync("data-theme"));
        foreach (var chart in new[] { "#insights-open-by-stage", "#insights-open-by-owner", "#insights-forecast-month", "#insights-forecast-quarter" })
        {
            await Assertions.Expect(megan.Page.Locator($"{chart} svg[role=img]")).ToHaveCountAsync(1);
            var drawn = await megan.Page.EvaluateAsync<double>(
                $"() => Math.max(...[...document.querySelectorAll('{chart} rect.crm-chart__bar')].map(r => r.getBoundingClientRect().width * r.getBoundingClientRect().height))");
            Assert.True(drawn > 0, $"{chart} has no visible bar.");
            Assert.False(string.IsNullOrWhiteSpace(await megan.Page.Locator($"{chart} svg").GetAttributeAsync("aria-label")));
        }

        // The colours follow the theme: light page and dark labels in default, the reverse in dark.
        var background = await megan.LuminanceAsync("getComputedStyle(document.body).backgroundColor");
        var label = await megan.LuminanceAsync("getComputedStyle(document.querySelector('#insights-open-by-stage .crm-chart__label')).fill");
        Assert.True(theme == "default" ? background > 0.8 && label < 0.4 : background < 0.2 && label > 0.6, $"Background {background:0.00} and chart labels {label:0.00} do not fit the {theme} theme.");
        var overflows = await megan.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflows, "The page is wider than the window.");
        await megan.ScreenshotAsync($"insights-{theme}-{width}");
        await megan.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TabBrowserFixture.ArtifactsDirectory, $"insights-{theme}-{width}-first-screen.png") });
    }

    [Fact]
    public async Task Insights_TableToggle_ShowsTheChartsLabelsAndValues()
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await OpenEveryoneLast12MonthsAsync(megan, "/tab/insights");
        var bars = await megan.Page.Locator("#insights-open-by-stage rect.crm-chart__bar").EvaluateAllAsync<string[]>(
            "rs => rs.map(r => r.dataset.label + '=' + r.dataset.value)");

        await megan.Page.Locator("#insights-open-by-stage-toggle").ClickAsync();

        await Assertions.Expect(megan.Page.Locator("#insights-open-by-stage table")).ToBeVisibleAsync();
        await Assertions.Expect(megan.Page.Locator("#insights-open-by-stage-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var rows = await megan.Page.Locator("#insights-open-by-stage tbody tr").EvaluateAllAsync<string[]>(
            "rs => rs.map(r => r.querySelector('th').textContent + '=' + r.querySelector('td').dataset.value)");
        Assert.Equal(bars, rows);
        Assert.Equal(0, await megan.Page.Locator("#insights-open-by-stage svg").CountAsync());
    }

    [Fact]
    public async Task Insights_Guest_NothingSharedAndNoTenantFigureEverReachesTheBrowser()
    {
        string[] tenantFigures;
        await using (var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId))
        {
            await OpenEveryoneLast12MonthsAsync(megan, "/tab/insights");
            tenantFigures =
            [
                (await megan.Page.Locator("#insights-open-by-stage svg").GetAttributeAsync("aria-label"))!,
                (await megan.Page.Locator("#insights-open-by-owner svg").GetAttributeAsync("aria-label"))!,
                (await megan.Page.Locator("#insights-forecast-month svg").GetAttributeAsync("aria-label"))!,
            ];
        }

        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync("/tab/insights");

        await Assertions.Expect(pat.Page.Locator("#insights-nothing-shared")).ToBeVisibleAsync();
        Assert.Equal(0, await pat.Page.Locator("#insights-scope, .crm-chart, #insights-calls-heading, #insights-at-risk-heading").CountAsync());
        foreach (var figure in tenantFigures)
        {
            Assert.False(pat.EverReceived(figure), $"A tenant figure reached the guest's browser: {figure}");
            // The numbers alone, too: the figure's list of values ("New 12,000 EUR, …") without its title.
            var values = figure[(figure.IndexOf(':', StringComparison.Ordinal) + 2)..figure.IndexOf(". ", StringComparison.Ordinal)];
            Assert.False(pat.EverReceived(values), $"A tenant figure's values reached the guest's browser: {values}");
        }
    }

    [Fact]
    public async Task Workspace_Guest_NoInsightsPanelInThePageOrAnythingReceived()
    {
        var path = "/tab/accounts/" + (await new CrmStorage(fixture).AccountAsync("Adventure Works")).GetString("Id");
        string segment;
        await using (var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId))
        {
            await megan.OpenAsync(path);
            await Assertions.Expect(megan.Page.Locator("#account-insights[data-state=loaded]")).ToHaveCountAsync(1);
            segment = (await megan.Page.Locator("#account-segment").InnerTextAsync()).Trim();
            await Assertions.Expect(megan.Page.Locator("#account-scores li.crm-account-score").First).ToBeVisibleAsync();
        }

        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync(path);

        await Assertions.Expect(pat.Page.Locator("#workspace-name")).ToHaveTextAsync("Adventure Works");
        Assert.Equal(0, await pat.Page.Locator("#account-insights, .crm-chart").CountAsync());
        // (The shared stylesheet names the panel's classes, so look for its markup: its heading's id and the score rows.)
        foreach (var secret in new[] { segment, "account-insights-heading", "chance to win", "crm-account-score" })
        {
            Assert.False(pat.EverReceived(secret), $"'{secret}' reached the guest's browser.");
        }
    }

    /// <summary>Opens the page and asks for everyone's figures over the last 12 months (the demo year has data in every chart then).</summary>
    private static async Task OpenEveryoneLast12MonthsAsync(TabSession session, string path)
    {
        await session.OpenAsync(path);
        await session.Page.Locator("#insights-scope").SelectOptionAsync("Tenant");
        await Assertions.Expect(session.Page.Locator("#insights-open-by-owner svg")).ToHaveCountAsync(1);
        await session.Page.Locator("#insights-period").SelectOptionAsync("Last12Months");
        await Assertions.Expect(session.Page.Locator("#insights[data-state=Loaded] #insights-forecast-month rect.crm-chart__bar")).ToHaveCountAsync(12);
    }
}
