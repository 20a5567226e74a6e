using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The tab's shell in a real browser against the real app and Azurite: sign-in, My CRM, language, themes and phone
/// width, the frame-ancestors policy, and a guest meeting an account that is not shared (read exactly like a missing one).
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class TabShellTests(TabBrowserFixture fixture)
{
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task MyCrm_SignedInMember_ShowsTheirOpenDeals()
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync("/tab/me");

        Assert.Equal("My CRM", await megan.Page.Locator("h1").InnerTextAsync());
        var firstDeal = (await _storage.OpenDealTitlesAsync(DemoPeople.Megan.AadObjectId))[0];
        await Assertions.Expect(megan.Page.GetByText(firstDeal, new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task MyCrm_GermanTeamsLocale_IsInGerman()
    {
        await using var lukas = await fixture.SignInAsync(DemoPeople.Lukas.AadObjectId, locale: "de-DE");
        await lukas.OpenAsync("/tab/me");

        Assert.Equal("Mein CRM", await lukas.Page.Locator("h1").InnerTextAsync());
        Assert.Equal("de", await lukas.Page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task TabPage_WithoutSession_GoesToSignIn()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.AppAddress.AbsoluteUri });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tab/me");

        Assert.EndsWith("/tab/sign-in?returnUrl=%2Ftab%2Fme", page.Url, StringComparison.Ordinal);
        // Outside Teams the page says so instead of waiting for a token that never comes.
        await Assertions.Expect(page.Locator("[data-state=outside-teams]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task Workspace_GuestOnUnsharedAccount_ReadsExactlyLikeAMissingOne()
    {
        var unshared = await _storage.AccountAsync("Tailspin Toys");
        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));

        await pat.OpenAsync("/tab/accounts/" + unshared.GetString("Id"));
        var unsharedText = await pat.Page.Locator("main").InnerTextAsync();
        await pat.OpenAsync("/tab/accounts/0190aaaa0000700080000000000000ff");
        var missingText = await pat.Page.Locator("main").InnerTextAsync();
        await pat.OpenAsync("/tab/accounts/not-an-id");
        var malformedText = await pat.Page.Locator("main").InnerTextAsync();

        Assert.Equal(missingText, unsharedText);
        Assert.Equal(missingText, malformedText);
        Assert.False(pat.EverReceived("Tailspin"), "The unshared account's name reached the guest's browser.");
    }

    [Theory]
    [InlineData("default", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("contrast", 1280)]
    [InlineData("default", 390)]
    public async Task MyCrm_ThemeAndWidth_FollowsTeamsAndFitsThePhone(string theme, int width)
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: new ViewportSize { Width = width, Height = 844 });

        await megan.OpenAsync("/tab/me?theme=" + theme);

        Assert.Equal(theme, await megan.Page.Locator("html").GetAttributeAsync("data-theme"));
        // The colours really follow the theme: a dark page behind light text in dark and high contrast.
        var background = await megan.LuminanceAsync("getComputedStyle(document.body).backgroundColor");
        Assert.True(theme == "default" ? background > 0.8 : background < 0.2, $"Background luminance {background:0.00} does not fit the {theme} theme.");
        var overflows = await megan.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflows, "The page is wider than the window.");
        await megan.ScreenshotAsync($"my-crm-{theme}-{width}");
    }

    [Fact]
    public async Task Pages_FrameAncestors_AreTheTeamsHostsNeverEveryone()
    {
        using var http = new HttpClient { BaseAddress = fixture.AppAddress };

        using var response = await http.GetAsync("/tab/sign-in");

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(" * ", policy, StringComparison.Ordinal);
    }
}
