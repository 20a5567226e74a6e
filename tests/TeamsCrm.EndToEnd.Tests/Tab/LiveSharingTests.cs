using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// Two browser sessions on the real app: a member shares an account in the tab's Partners panel, and the partner
/// guest's open My CRM shows its deals without a reload (the tenant's change feed in this app instance); the member
/// takes the share back, and the deals leave the guest's open page the same way. The account's internal segment never
/// reaches the guest's browser.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class LiveSharingTests(TabBrowserFixture fixture)
{
    private const string Account = "Coho Winery";
    private const string Segment = "Small business";

    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task MyCrm_MemberSharesAndUnsharesInTheTab_GuestsOpenTabFollowsWithoutReload()
    {
        var path = "/tab/accounts/" + (await _storage.AccountAsync(Account)).GetString("Id");
        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync("/tab/me");
        var patsDeals = pat.Page.Locator("li.crm-my-deal", new PageLocatorOptions { HasText = Account });
        Assert.Equal(0, await patsDeals.CountAsync());
        var navigations = 0;
        pat.Page.FrameNavigated += (_, frame) => navigations += frame == pat.Page.MainFrame ? 1 : 0;

        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync(path);
        await megan.Page.Locator("#share-org").SelectOptionAsync(new SelectOptionValue { Label = "Fabrikam Partners" });
        await megan.Page.Locator("#share-scope").SelectOptionAsync(string.Empty);
        await megan.Page.Locator("#share-level").SelectOptionAsync("Read");
        await megan.Page.Locator("#share-submit").ClickAsync();
        var share = megan.Page.Locator("#share-list li.crm-share[data-org-id='fabrikam-partners']");
        await Assertions.Expect(share).ToHaveCountAsync(1);

        await Assertions.Expect(patsDeals.First).ToBeVisibleAsync();
        var shown = await patsDeals.CountAsync();
        await pat.ScreenshotAsync("my-crm-guest-live-share");

        await share.Locator(".crm-share-remove").ClickAsync();
        await Assertions.Expect(share).ToHaveCountAsync(0);
        await Assertions.Expect(patsDeals).ToHaveCountAsync(0);

        Assert.True(shown > 0);
        Assert.Equal(0, navigations);
        Assert.False(pat.EverReceived(Segment), $"The segment '{Segment}' reached the guest's browser.");
    }
}
