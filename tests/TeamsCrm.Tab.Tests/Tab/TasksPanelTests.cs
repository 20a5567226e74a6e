using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Follow-up tasks: create one for a colleague with a due date, then complete it.</summary>
public sealed class TasksPanelTests : WorkspaceTestContext
{
    [Fact]
    public async Task CreateAssignedAndComplete_SavedAndShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#task-title").InputAsync("Prepare the workshop");
        await page.Find("#task-due").ChangeAsync("2026-11-20");
        await page.Find("#task-assignee-search").InputAsync("Luk");
        await page.Find("#task-assignee-results .crm-person-option").ClickAsync(new MouseEventArgs());
        Assert.Equal("Lukas Schneider", page.Find("#task-assignee").TextContent);
        await page.Find("#task-form").SubmitAsync(EventArgs.Empty);

        var task = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Tasks.Single(t => t.Title == "Prepare the workshop");
        Assert.Equal(WorkspaceWorld.Lukas.UserId, task.Assignee.UserId);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 23, 59, 0, TimeSpan.Zero), task.DueAt); // the end of that day (UTC until the browser says)
        page.WaitForElement($"#task-{task.Id}");

        await page.Find($"#task-{task.Id} .crm-task-complete").ClickAsync(new MouseEventArgs());

        var done = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Tasks.Single(t => t.Id == task.Id);
        Assert.True(done.IsDone);
        page.WaitForAssertion(() => Assert.Equal("true", page.Find($"#task-{task.Id}").GetAttribute("data-done")));
        Assert.Null(page.Find($"#task-{task.Id}").QuerySelector(".crm-task-complete"));
    }

    [Fact]
    public async Task Create_NoTitle_InlineMessageAndNothingSaved()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        await page.Find("#task-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("This field is required.", page.Find("#task-title-error").TextContent);
        Assert.Single(Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Tasks);
    }
}
