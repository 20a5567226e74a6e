using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// A partner guest (Pat Reyes of Fabrikam Partners; Adventure Works is shared with them at Edit) on the same workspace
/// a member just wrote to: nothing internal is on the page, and — recorded on every HTTP response and every message of
/// the live connection — nothing internal ever reached the browser. Typed script, HTML and markdown render as text.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class GuestWorkspaceTests(TabBrowserFixture fixture)
{
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task Workspace_AsGuest_NoInternalFieldInThePageOrAnythingReceived()
    {
        var path = "/tab/accounts/" + (await _storage.AccountAsync("Adventure Works")).GetString("Id");
        var internalNote = "Internal only: margin floor 18 percent " + Guid.NewGuid().ToString("N")[..8];
        await using (var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId))
        {
            await megan.OpenAsync(path);
            await Assertions.Expect(megan.Page.Locator("#workspace-segment")).ToContainTextAsync("Mid-market");
            await megan.Page.Locator("#comment-text").FillAsync(internalNote);
            await megan.Page.Locator("#comment-visibility-internal").CheckAsync();
            await megan.Page.Locator("#comment-submit").ClickAsync();
            await Assertions.Expect(megan.Page.Locator("#comment-list", new PageLocatorOptions { HasText = internalNote })).ToBeVisibleAsync();
        }

        await using var pat = await fixture.SignInAsync(DemoPeople.ObjectId(6));
        await pat.OpenAsync(path);

        await Assertions.Expect(pat.Page.Locator("#workspace-name")).ToHaveTextAsync("Adventure Works");
        Assert.Equal(0, await pat.Page.Locator("#workspace-segment").CountAsync());
        var page = await pat.Page.ContentAsync();
        foreach (var secret in new[] { internalNote, "Mid-market" })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
            Assert.False(pat.EverReceived(secret), $"'{secret}' reached the guest's browser.");
        }

        await pat.ScreenshotAsync("workspace-guest");
    }

    [Fact]
    public async Task Comments_ScriptHtmlAndMarkdown_RenderAsTypedText()
    {
        var path = "/tab/accounts/" + (await _storage.AccountAsync("Proseware Inc")).GetString("Id");
        const string Typed = "<script>window.crmInjected = 1</script> <b>bold</b> **strong** [offer](https://example.com/x) <img src=x onerror=\"window.crmInjected = 2\">";
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync(path);

        await megan.Page.Locator("#comment-text").FillAsync(Typed);
        await megan.Page.Locator("#comment-submit").ClickAsync();
        await using var lukas = await fixture.SignInAsync(DemoPeople.Lukas.AadObjectId);
        await lukas.OpenAsync(path);

        foreach (var session in new[] { megan, lukas })
        {
            var comment = session.Page.Locator("#comment-list > li.crm-comment", new PageLocatorOptions { HasText = "window.crmInjected = 1" });
            Assert.Equal(Typed, (await comment.Locator(".crm-comment-text").InnerTextAsync()).Trim());
            Assert.Equal(0, await comment.Locator(".crm-comment-text b, .crm-comment-text strong, .crm-comment-text a, .crm-comment-text img, .crm-comment-text script").CountAsync());
            Assert.True(await session.Page.EvaluateAsync<bool>("() => window.crmInjected === undefined"));
        }
    }
}
