using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Comments;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.Tab.Workspace;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The comments thread: mentions with the people picker, the Internal/Shared choice, and only one's own comments to edit or delete.</summary>
public sealed class CommentsThreadTests : WorkspaceTestContext
{
    [Fact]
    public async Task Add_WithMentionPickedAndShared_SavesBothAndShowsItFirst()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#comment-text").InputAsync("Please call them back");
        await page.Find("#mention-search").InputAsync("Luk");
        await page.Find("#mention-results .crm-person-option").ClickAsync(new MouseEventArgs());
        await page.Find("#comment-visibility-shared").ChangeAsync("on");
        await page.Find("#comment-form").SubmitAsync(EventArgs.Empty);

        var saved = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items[0];
        Assert.Equal("Please call them back @Lukas Schneider", saved.Text);
        Assert.Equal(WorkspaceWorld.Lukas.UserId, Assert.Single(saved.Mentions).UserId);
        Assert.Equal(CommentVisibility.Shared, saved.Visibility);
        page.WaitForAssertion(() =>
        {
            var first = page.Find("#comment-list .crm-comment");
            Assert.Equal(saved.Id, first.GetAttribute("data-comment-id"));
            Assert.Equal("@Lukas Schneider", first.QuerySelector(".crm-mention")?.TextContent);
        });
        Assert.Equal(string.Empty, page.Find("#comment-text").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Add_EmptyText_InlineMessageAndNothingSaved()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#comment-text").InputAsync("   ");
        await page.Find("#comment-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("This field is required.", page.Find("#comment-text-error").TextContent);
        Assert.Equal(2, Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items.Count);
    }

    [Fact]
    public async Task Comments_OwnAndSomeoneElses_OnlyOwnOffersEditAndDelete()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeededAccount.CreateAsync(World);
        var lukas = Ok(await World.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Lukas was here")));
        var page = RenderWorkspace(seeded.AccountId);

        var others = page.Find($"#comment-{lukas.Id}");
        var own = page.Find($"#comment-{seeded.InternalCommentId}");

        Assert.Null(others.QuerySelector(".crm-comment-edit"));
        Assert.Null(others.QuerySelector(".crm-comment-delete"));
        Assert.NotNull(own.QuerySelector(".crm-comment-edit"));
        Assert.NotNull(own.QuerySelector(".crm-comment-delete"));
    }

    [Fact]
    public async Task EditAndDelete_OwnComment_SavedAndShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.InternalCommentId;

        await page.Find($"#comment-{id} .crm-comment-edit").ClickAsync(new MouseEventArgs());
        await page.Find($"#comment-{id}-edit").InputAsync("Budget confirmed");
        await page.Find($"#comment-{id} .crm-comment-edit-form").SubmitAsync(EventArgs.Empty);
        page.WaitForAssertion(() => Assert.Contains("Budget confirmed", page.Find($"#comment-{id} .crm-comment-text").TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.Find($"#comment-{id} .crm-comment-edited"));

        await page.Find($"#comment-{id} .crm-comment-delete").ClickAsync(new MouseEventArgs());
        await page.Find($"#comment-{id} .crm-comment-delete-confirm").ClickAsync(new MouseEventArgs());

        var stored = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items.Single(c => c.Id == id);
        Assert.True(stored.IsDeleted);
        page.WaitForAssertion(() => Assert.Contains("crm-comment--deleted", page.Find($"#comment-{id}").ClassName, StringComparison.Ordinal));
        Assert.Null(page.Find($"#comment-{id}").QuerySelector(".crm-comment-edit"));
    }

    [Fact]
    public async Task Edit_EmptiedText_InlineMessageAndTheCommentIsUnchanged()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.InternalCommentId;

        await page.Find($"#comment-{id} .crm-comment-edit").ClickAsync(new MouseEventArgs());
        await page.Find($"#comment-{id}-edit").InputAsync(string.Empty);
        await page.Find($"#comment-{id} .crm-comment-edit-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("This field is required.", page.Find($"#comment-{id}-edit-error").TextContent);
        var stored = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items.Single(c => c.Id == id);
        Assert.Equal(SeededAccount.InternalComment, stored.Text);
    }

    [Fact]
    public async Task Edit_ChangedInAnotherTabMeanwhile_ConflictShownWithTheCurrentTextNothingOverwritten()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.InternalCommentId;
        await page.Find($"#comment-{id} .crm-comment-edit").ClickAsync(new MouseEventArgs());
        Ok(await World.Get<CommentService>().EditAsync(WorkspaceWorld.Megan, seeded.AccountId, id, "Edited in the other tab"));

        await page.Find($"#comment-{id}-edit").InputAsync("Edited here");
        await page.Find($"#comment-{id} .crm-comment-edit-form").SubmitAsync(EventArgs.Empty);

        var stored = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items.Single(c => c.Id == id);
        Assert.Equal("Edited in the other tab", stored.Text);
        page.WaitForAssertion(() =>
        {
            Assert.Contains("Someone else changed this", page.Find($"#comment-{id}").TextContent, StringComparison.Ordinal);
            Assert.Equal("Edited in the other tab", page.Find($"#comment-{id}-edit").GetAttribute("value") ?? page.Find($"#comment-{id}-edit").TextContent);
        });
    }

    [Fact]
    public async Task FirstRender_SessionKeepsTheBrowsersTimeZone_CommentTimesInIt()
    {
        await StartAsync(WorkspaceWorld.Megan, timeZone: "Europe/Berlin");
        var seeded = await SeededAccount.CreateAsync(World);
        var comment = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items.Single(c => c.Id == seeded.InternalCommentId);

        var page = RenderWorkspace(seeded.AccountId);

        var shown = page.Find($"#comment-{seeded.InternalCommentId} time").TextContent;
        Assert.Equal(WorkspaceClock.For("Europe/Berlin").DateTime(comment.CreatedAt), shown);
        Assert.NotEqual(WorkspaceClock.Utc.DateTime(comment.CreatedAt), shown);
    }
}
