using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// A partner guest's whole tab session (Pat Reyes of Fabrikam Partners) sees only what is shared with Fabrikam
/// Partners: My CRM, the insights page, the partner organisations page, an unshared account, the other partner's
/// account (Woodgrove Bank, shared with Lakeshore Partners only), a guessed id, and Contoso Ltd, of which one deal is
/// shared. Every page is checked as shown and against everything the browser received after sign-in (HTTP responses
/// and live-connection messages).
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class GuestTabIsolationTests(TabBrowserFixture fixture)
{
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task TabSession_AsGuest_OnlyWhatIsSharedWithTheirOrganisationExists()
    {
        var contosoShare = Assert.Single(await _storage.SharesAsync("Contoso Ltd"), s => s.GetString("PartnerOrganizationId") == "fabrikam-partners");
        var contosoDeals = await _storage.DealTitlesAsync("Contoso Ltd");
        var sharedDeal = contosoDeals[contosoShare.GetString("DealId")];
        var secrets = new List<string> { "Proseware", "Woodgrove", "Lakeshore Partners" };
        secrets.AddRange(contosoDeals.Values.Where(t => t != sharedDeal && !sharedDeal.Contains(t, StringComparison.Ordinal)));
        Assert.True(secrets.Count > 3, "Contoso Ltd should have deals that are not shared.");

        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        var afterSignIn = pat.Received.Count;

        await pat.OpenAsync("/tab/me");
        await pat.OpenAsync("/tab/insights");
        await pat.OpenAsync("/tab/partners");
        Assert.Equal(0, await pat.Page.Locator("#org-create, .crm-org-name").CountAsync());

        var notFound = await NotFoundTextAsync(pat, Guid.NewGuid().ToString());
        foreach (var unshared in new[] { "Proseware Inc", "Woodgrove Bank" })
        {
            Assert.Equal(notFound, await NotFoundTextAsync(pat, (await _storage.AccountAsync(unshared)).GetString("Id")));
        }

        await pat.OpenAsync("/tab/accounts/" + (await _storage.AccountAsync("Contoso Ltd")).GetString("Id"));
        await Assertions.Expect(pat.Page.Locator("#crm-workspace")).ToContainTextAsync(sharedDeal);

        var received = pat.Received.Skip(afterSignIn).ToList();
        Assert.True(received.Count > 10, "The session should have received the pages and their live messages.");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(received, body => body.Contains(secret, StringComparison.Ordinal));
        }
    }

    /// <summary>Opens the account's workspace and returns what the page says (the page must be the not-found page).</summary>
    private static async Task<string> NotFoundTextAsync(TabSession session, string accountId)
    {
        await session.OpenAsync("/tab/accounts/" + accountId);
        await Assertions.Expect(session.Page.Locator("#workspace-not-found")).ToBeVisibleAsync();
        Assert.Equal(0, await session.Page.Locator("#crm-workspace").CountAsync());
        return await session.Page.Locator("main").InnerTextAsync();
    }
}
