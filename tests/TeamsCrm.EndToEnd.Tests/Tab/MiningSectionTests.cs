namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The insights page's "Products and segments" section in Chromium against the real app, its seeded demo year (products
/// on deals and interactions) and Azurite: intervals drawn in light and dark theme and at phone width without horizontal
/// scrolling, the table view with the same rows, and a guest to whom no mining figure is ever sent.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class MiningSectionTests(TabBrowserFixture fixture)
{
    [Theory]
    [InlineData("default", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("default", 375)]
    [InlineData("dark", 375)]
    public async Task Mining_ThemeAndWidth_IntervalsDrawnInTheThemeAndFitThePhone(string theme, int width)
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: new ViewportSize { Width = width, Height = 812 });

        await OpenMiningAsync(megan, "/tab/insights?theme=" + theme);

        var drawn = await megan.Page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('#insights-mining line.crm-mining__whisker')].map(l => l.getBoundingClientRect().width))");
        Assert.True(drawn > 0, "No interval is drawn.");
        await Assertions.Expect(megan.Page.Locator("#insights-mining line.crm-mining__base")).ToHaveCountAsync(1);
        var alt = await megan.Page.Locator("#insights-mining svg").GetAttributeAsync("aria-label");
        Assert.Contains("accounts", alt, StringComparison.Ordinal);
        var background = await megan.LuminanceAsync("getComputedStyle(document.body).backgroundColor");
        var label = await megan.LuminanceAsync("getComputedStyle(document.querySelector('#insights-mining .crm-mining__label')).fill");
        Assert.True(theme == "default" ? background > 0.8 && label < 0.4 : background < 0.2 && label > 0.6, $"Background {background:0.00} and labels {label:0.00} do not fit the {theme} theme.");
        Assert.False(await megan.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "The page is wider than the window.");
        await megan.Page.Locator("#insights-mining").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(TabBrowserFixture.ArtifactsDirectory, $"insights-mining-{theme}-{width}.png") });
    }

    [Fact]
    public async Task Mining_TableToggleAndKind_ShowsTheSameSegmentsAsATable()
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await OpenMiningAsync(megan, "/tab/insights");
        var segments = await megan.Page.Locator("#insights-mining g.crm-mining__row title").AllTextContentsAsync();

        await megan.Page.Locator("#insights-mining-toggle").ClickAsync();

        await Assertions.Expect(megan.Page.Locator("#insights-mining table")).ToBeVisibleAsync();
        Assert.Equal(segments.Count, await megan.Page.Locator("#insights-mining tbody tr").CountAsync());
        Assert.Equal(0, await megan.Page.Locator("#insights-mining svg").CountAsync());
        await megan.Page.Locator("#insights-mining-kind").SelectOptionAsync("Conversion");
        await Assertions.Expect(megan.Page.Locator("#insights-mining-chart")).ToHaveAttributeAsync("data-kind", "conversion");
    }

    [Fact]
    public async Task Mining_Guest_NoSectionAndNoMiningFigureEverReachesTheBrowser()
    {
        string figures;
        await using (var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId))
        {
            await OpenMiningAsync(megan, "/tab/insights");
            figures = (await megan.Page.Locator("#insights-mining svg").GetAttributeAsync("aria-label"))!;
        }

        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync("/tab/insights");

        await Assertions.Expect(pat.Page.Locator("#insights-nothing-shared")).ToBeVisibleAsync();
        Assert.Equal(0, await pat.Page.Locator("#insights-mining, .crm-mining").CountAsync());
        Assert.False(pat.EverReceived(figures), "A mining figure reached the guest's browser.");
        Assert.False(pat.EverReceived("insights-mining-heading"), "The mining section reached the guest's browser.");
    }

    /// <summary>Opens the page and waits for the mining section's intervals (the demo year tags deals and interactions with products).</summary>
    private static async Task OpenMiningAsync(TabSession session, string path)
    {
        await session.OpenAsync(path);
        await Assertions.Expect(session.Page.Locator("#insights-mining[data-state=loaded] svg.crm-mining__svg")).ToHaveCountAsync(1);
    }
}
