using TeamsCrm.EndToEnd.Tests.Playground;

namespace TeamsCrm.EndToEnd.Tests.Tab;

/// <summary>
/// The account workspace in Chromium against the real app and Azurite, in one or two signed-in sessions: a deal moved
/// in a session that did not see another session's move, a mention that appears live elsewhere, an invalid email, a
/// task created and completed, and the theme and phone-width screenshots.
/// </summary>
[Collection(TabBrowserTests.Name)]
public sealed class WorkspaceTests(TabBrowserFixture fixture)
{
    private readonly CrmStorage _storage = new(fixture);

    [Fact]
    public async Task DealsBoard_AnotherSessionMovedTheDealFirst_SaysSoAndShowsWhereItIsNow()
    {
        var path = await WorkspaceAsync("Contoso Ltd");
        await using var first = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await using var second = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await first.OpenAsync(path);
        await second.OpenAsync(path);
        var deal = first.Page.Locator(".crm-deal:has(.crm-deal-move)").First;
        var dealId = await deal.GetAttributeAsync("id");
        var targets = await deal.Locator(".crm-deal-move").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.stage)");

        await deal.Locator($".crm-deal-move[data-stage={targets[0]}]").ClickAsync();
        await Assertions.Expect(first.Page.Locator($"#{dealId}")).ToHaveAttributeAsync("data-stage", targets[0]);
        await second.Page.Locator($"#{dealId} .crm-deal-move[data-stage={targets[^1]}]").ClickAsync();

        var conflict = second.Page.Locator($"#{dealId} .crm-deal-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Someone else changed this in the meantime");
        await Assertions.Expect(second.Page.Locator($"#{dealId}")).ToHaveAttributeAsync("data-stage", targets[0]);
    }

    [Fact]
    public async Task Comments_MentionPosted_AppearsLiveInAnotherSessionWithoutReload()
    {
        var path = await WorkspaceAsync("Fabrikam Inc");
        var text = "Budget approved, offer by Friday " + Guid.NewGuid().ToString("N")[..8];
        await using var lukas = await fixture.SignInAsync(DemoPeople.Lukas.AadObjectId);
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await lukas.OpenAsync(path);
        await megan.OpenAsync(path);
        var lukasUrl = lukas.Page.Url;

        await megan.Page.Locator("#comment-text").FillAsync(text);
        await megan.Page.Locator("#mention-search").FillAsync("Luk");
        await megan.Page.Locator($"#mention-results .crm-person-option[data-user-id='{DemoPeople.Lukas.AadObjectId}']").ClickAsync();
        await megan.Page.Locator("#comment-submit").ClickAsync();

        var arrived = lukas.Page.Locator("#comment-list > li.crm-comment", new PageLocatorOptions { HasText = text });
        await Assertions.Expect(arrived).ToBeVisibleAsync();
        await Assertions.Expect(arrived.Locator(".crm-mention")).ToContainTextAsync("Lukas Schneider");
        Assert.Equal(lukasUrl, lukas.Page.Url);
    }

    [Fact]
    public async Task Contacts_InvalidEmail_InlineMessageAndNothingSaved()
    {
        var path = await WorkspaceAsync("Northwind Traders");
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync(path);
        var contact = megan.Page.Locator("li.crm-contact").First;
        var contactId = await contact.GetAttributeAsync("data-contact-id");
        var emailBefore = await contact.Locator(".crm-contact-email").InnerTextAsync();

        await contact.Locator(".crm-contact-edit").ClickAsync();
        await megan.Page.Locator($"#contact-{contactId}-form-email").FillAsync("not an email");
        await megan.Page.Locator($"#contact-{contactId}-form-save").ClickAsync();

        await Assertions.Expect(megan.Page.Locator($"#contact-{contactId}-form-email-error")).ToBeVisibleAsync();
        Assert.Equal("true", await megan.Page.Locator($"#contact-{contactId}-form-email").GetAttributeAsync("aria-invalid"));
        await megan.OpenAsync(path);
        Assert.Equal(emailBefore, await megan.Page.Locator($"#contact-{contactId} .crm-contact-email").InnerTextAsync());
    }

    [Fact]
    public async Task Tasks_CreateThenComplete_ShownOpenThenDone()
    {
        var path = await WorkspaceAsync("Litware Inc");
        var title = "Send the revised offer " + Guid.NewGuid().ToString("N")[..8];
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId);
        await megan.OpenAsync(path);

        await megan.Page.Locator("#task-title").FillAsync(title);
        await megan.Page.Locator("#task-submit").ClickAsync();
        var task = megan.Page.Locator("li.crm-task", new PageLocatorOptions { HasText = title });
        await Assertions.Expect(task).ToHaveAttributeAsync("data-done", "false");
        await task.Locator(".crm-task-complete").ClickAsync();

        await Assertions.Expect(task).ToHaveAttributeAsync("data-done", "true");
    }

    [Theory]
    [InlineData("default", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("contrast", 1280)]
    [InlineData("default", 390)]
    public async Task Workspace_ThemeAndWidth_Screenshot(string theme, int width)
    {
        var path = await WorkspaceAsync("Contoso Ltd");
        await using var megan = await fixture.SignInAsync(DemoPeople.Megan.AadObjectId, viewport: new ViewportSize { Width = width, Height = 900 });

        await megan.OpenAsync(path + "?theme=" + theme);

        Assert.Equal(theme, await megan.Page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.False(await megan.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "The workspace is wider than the window.");
        await megan.ScreenshotAsync($"workspace-{theme}-{width}");
    }

    private async Task<string> WorkspaceAsync(string accountName) => "/tab/accounts/" + (await _storage.AccountAsync(accountName)).GetString("Id");
}
