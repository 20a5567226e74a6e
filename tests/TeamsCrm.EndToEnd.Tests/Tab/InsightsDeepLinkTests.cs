namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The chat cards' "Open insights" button opens the tab's insights page at the card's section: every section a card
/// links to (<c>InsightsSections</c> in TeamsCrm.Conversation: pipeline, forecast, calls, risk) is an element of the page, and the page opens scrolled to it — from the
/// link's web URL (/tab/insights#section) and from inside Teams (My CRM opened with the sub-page "insights:{section}").
/// At phone height, so the later sections start far below the first screen.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class InsightsDeepLinkTests(TabBrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    public static TheoryData<string> Sections => ["pipeline", "forecast", "calls", "risk"];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task InsightsPage_SectionInTheLink_SectionOnThePageAndScrolledIntoView(string section)
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: Phone);

        await megan.OpenAsync("/tab/insights#" + section);

        await Assertions.Expect(megan.Page.Locator("#insights[data-state=Loaded]")).ToHaveCountAsync(1);
        await AssertInViewAsync(megan.Page.MainFrame, section);
    }

    [Fact]
    public async Task MyCrm_OpenedFromTeamsWithAnInsightsSubPage_GoesOnToThatSectionOfTheInsightsPage()
    {
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: Phone);

        var frame = await FakeTeamsHost.OpenAsync(megan, "/tab/me", "19:general@thread.tacv2", "19:general@thread.tacv2", subPageId: "insights:risk");

        await frame.WaitForURLAsync("**/tab/insights#risk");
        await Assertions.Expect(frame.Locator("#insights[data-state=Loaded]")).ToHaveCountAsync(1);
        await AssertInViewAsync(frame, "risk");
    }

    /// <summary>
    /// The section exists and the page settles scrolled to it: the section's top at the top of the screen — or, for a
    /// section near the end, the page scrolled as far as it goes with the section on screen.
    /// </summary>
    private static async Task AssertInViewAsync(IFrame frame, string section)
    {
        await Assertions.Expect(frame.Locator($"section#{section}")).ToHaveCountAsync(1);
        await frame.WaitForFunctionAsync(
            $$"""
            () => {
              const top = document.getElementById('{{section}}').getBoundingClientRect().top;
              const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
              return Math.abs(top) <= 2 || (atEnd && top >= 0 && top < window.innerHeight);
            }
            """,
            null,
            new FrameWaitForFunctionOptions { Timeout = 20_000 });
        var absoluteTop = await frame.EvaluateAsync<double>($"() => document.getElementById('{section}').getBoundingClientRect().top + window.scrollY");
        Assert.True(absoluteTop > 2, $"#{section} starts at the very top of the page, so the test proves no scrolling.");
    }
}
