using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>What reaches the page (and therefore the circuit) for a partner: nothing internal, not even hidden.</summary>
public sealed class WorkspacePageGuestTests : WorkspaceTestContext
{
    [Fact]
    public async Task Render_Guest_MarkupHasNoInternalFieldAndNoMemberControl()
    {
        var (_, page) = await OpenSeededAsync(WorkspaceWorld.Pat);

        var markup = page.Markup;
        foreach (var secret in new[]
        {
            SeededAccount.Segment, SeededAccount.Source, SeededAccount.InternalComment, SeededAccount.InteractionSummary,
            SeededAccount.TaskTitle, SeededAccount.HandoffNote, WorkspaceWorld.OtherPartners.Name, "Lukas Schneider", "crm-deal__probability",
        })
        {
            Assert.DoesNotContain(secret, markup, StringComparison.Ordinal);
        }

        Assert.Contains(SeededAccount.SharedComment, markup, StringComparison.Ordinal);
        Assert.Contains("Fabrikam Partners", page.Find("#workspace-header").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#workspace-segment"));
        Assert.Empty(page.FindAll("#tasks"));
        Assert.Empty(page.FindAll("#comment-form")); // a Read share does not let them write
        Assert.Empty(page.FindAll("#account-edit, #deal-new, #contact-new, .crm-contact-edit, .crm-deal-edit, .crm-deal-move"));
        Assert.Empty(page.FindAll(".crm-share-level, .crm-share-remove, #share-form"));
        Assert.Empty(page.FindAll(".crm-timeline-entry"));
        Assert.Empty(page.FindAll("[data-visibility]"));
    }

    [Fact]
    public async Task Render_GuestWithContributeShare_WritesSharedCommentsWithoutAChoiceOrPicker()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Pat, Core.Partners.ShareLevel.Contribute);

        Assert.Empty(page.FindAll("#comment-visibility, #mention-search"));
        await page.Find("#comment-text").InputAsync("From the partner side");
        await page.Find("#comment-form").SubmitAsync(EventArgs.Empty);

        var comment = Ok(await World.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId)).Items[0];
        Assert.Equal("From the partner side", comment.Text);
        Assert.Equal(Core.Comments.CommentVisibility.Shared, comment.Visibility);
        page.WaitForAssertion(() => Assert.Contains("From the partner side", page.Find("#comment-list").TextContent, StringComparison.Ordinal));
    }
}
