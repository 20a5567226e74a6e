using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Whatever people type — script, HTML, markdown — is shown as the text they typed, never as markup.</summary>
public sealed class UserTextRenderingTests : WorkspaceTestContext
{
    private const string Script = "<script>alert('x')</script>";
    private const string Html = "<b>bold</b><img src=x onerror=alert(1)>";
    private const string Markdown = "**strong** [click](javascript:alert(1))";

    [Fact]
    public async Task Render_ScriptHtmlAndMarkdownInUserText_ShowsTheTextAsTyped()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var megan = WorkspaceWorld.Megan;
        var account = Ok(await World.Get<AccountService>().CreateAsync(megan, new AccountInput($"Evil {Script}", Industry: Html, Segment: Markdown), allowSimilarName: true));
        Ok(await World.Get<ContactService>().CreateAsync(megan, account.Id, new ContactInput(Html, Script, Role: Markdown)));
        Ok(await World.Get<DealService>().CreateAsync(megan, account.Id, new DealInput(Markdown, 10m, Source: Script)));
        Ok(await World.Get<CommentService>().AddAsync(megan, account.Id, new CommentInput($"{Script} {Html} {Markdown} @Lukas Schneider", [WorkspaceWorld.Lukas.AsPerson()])));
        Ok(await World.Get<FollowUpService>().CreateAsync(megan, account.Id, new FollowUpInput(Html)));

        var page = RenderWorkspace(account.Id);

        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("b"));
        Assert.Empty(page.FindAll("img")); // no photo link without a directory photo, and none from the text
        Assert.Empty(page.FindAll("a[href^='javascript']"));
        Assert.Equal($"Evil {Script}", page.Find("#workspace-name").TextContent);
        var text = page.Find("#crm-workspace").TextContent;
        foreach (var typed in new[] { Script, Html, Markdown })
        {
            Assert.Contains(typed, text, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;", page.Markup, StringComparison.Ordinal);
        Assert.Equal("@Lukas Schneider", page.Find(".crm-comment .crm-mention").TextContent);
        Assert.StartsWith($"{Script} {Html}", page.Find(".crm-comment .crm-comment-text").TextContent, StringComparison.Ordinal);
    }
}
