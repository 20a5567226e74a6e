using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// Two browser sessions on the real app: a member shares an account in the tab's Partners panel, and the partner
/// guest's open My CRM shows its deals without a reload (the tenant's change feed in this app instance); the member
/// takes the share back, and the deals leave the guest's open page the same way. The same for one deal of an account:
/// only that deal appears. The account's internal segment never reaches the guest's browser.
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

    [Fact]
    public async Task MyCrm_MemberSharesOneDealInTheTab_GuestsOpenTabShowsThatDealOnly()
    {
        const string Account = "Litware Inc";
        var deals = await _storage.DealTitlesAsync(Account);
        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync("/tab/me");
        var patsLitwareDeals = pat.Page.Locator("li.crm-my-deal", new PageLocatorOptions { HasText = "Litware" });
        Assert.Equal(0, await patsLitwareDeals.CountAsync());
        var navigations = 0;
        pat.Page.FrameNavigated += (_, frame) => navigations += frame == pat.Page.MainFrame ? 1 : 0;

        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync("/tab/accounts/" + (await _storage.AccountAsync(Account)).GetString("Id"));
        var scope = megan.Page.Locator("#share-scope");
        var dealId = await scope.Locator("option:not([value=''])").First.GetAttributeAsync("value");
        Assert.NotNull(dealId);
        var shared = deals[dealId];
        await megan.Page.Locator("#share-org").SelectOptionAsync(new SelectOptionValue { Label = "Fabrikam Partners" });
        await scope.SelectOptionAsync(dealId);
        await megan.Page.Locator("#share-level").SelectOptionAsync("Read");
        await megan.Page.Locator("#share-submit").ClickAsync();
        var share = megan.Page.Locator("#share-list li.crm-share[data-org-id='fabrikam-partners']");
        await Assertions.Expect(share).ToHaveCountAsync(1);

        await Assertions.Expect(patsLitwareDeals).ToHaveCountAsync(1);
        await Assertions.Expect(patsLitwareDeals).ToContainTextAsync(shared);
        await pat.ScreenshotAsync("my-crm-guest-live-deal-share");

        await share.Locator(".crm-share-remove").ClickAsync();
        await Assertions.Expect(share).ToHaveCountAsync(0);
        await Assertions.Expect(patsLitwareDeals).ToHaveCountAsync(0);

        Assert.Equal(0, navigations);
        foreach (var other in deals.Values.Where(t => !shared.Contains(t, StringComparison.Ordinal)))
        {
            Assert.False(pat.EverReceived(other), $"The unshared deal '{other}' reached the guest's browser.");
        }

        Assert.False(pat.EverReceived("Mid-market"), "Litware's segment reached the guest's browser.");
    }
}
