using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Follow-up tasks: create one for a colleague with a due date, change and reassign it, complete it.</summary>
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

    [Fact]
    public async Task Edit_ReassignAndRename_SavedMovedToTheNewAssigneesListAndShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.TaskId;

        await page.Find($"#task-{id} .crm-task-edit").ClickAsync(new MouseEventArgs());
        Assert.Equal(SeededAccount.TaskTitle, page.Find($"#task-{id}-edit-title").GetAttribute("value"));
        await page.Find($"#task-{id}-edit-title").InputAsync("Send the final offer");
        await page.Find($"#task-{id}-edit-assignee-search").InputAsync("Luk");
        await page.Find($"#task-{id}-edit-assignee-results .crm-person-option").ClickAsync(new MouseEventArgs());
        await page.Find($"#task-{id}-edit-form").SubmitAsync(EventArgs.Empty);

        var task = Ok(await World.Get<FollowUpService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, id));
        Assert.Equal("Send the final offer", task.Title);
        Assert.Equal(WorkspaceWorld.Lukas.UserId, task.Assignee.UserId);
        Assert.Contains(await World.Get<MyWorkService>().OpenTasksAsync(WorkspaceWorld.Lukas), t => t.Item.Id == id);
        Assert.DoesNotContain(await World.Get<MyWorkService>().OpenTasksAsync(WorkspaceWorld.Megan), t => t.Item.Id == id);
        page.WaitForAssertion(() =>
        {
            Assert.Equal("Send the final offer", page.Find($"#task-{id} .crm-task__title").TextContent);
            Assert.Empty(page.FindAll($"#task-{id}-edit-form"));
        });
    }

    [Fact]
    public async Task Edit_SomeoneElseChangedItFirst_ConflictShownCurrentStateInTheFormNothingOverwritten()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.TaskId;
        await page.Find($"#task-{id} .crm-task-edit").ClickAsync(new MouseEventArgs());
        var current = Ok(await World.Get<FollowUpService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, id));
        Ok(await World.Get<FollowUpService>().UpdateAsync(WorkspaceWorld.Lukas, seeded.AccountId, id, new FollowUpInput("Changed by Lukas", WorkspaceWorld.Megan.AsPerson()), current.Version));

        await page.Find($"#task-{id}-edit-title").InputAsync("Changed by Megan");
        await page.Find($"#task-{id}-edit-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("Changed by Lukas", Ok(await World.Get<FollowUpService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, id)).Title);
        page.WaitForAssertion(() =>
        {
            Assert.Contains("Someone else changed this", page.Find($"#task-{id}-edit-form").TextContent, StringComparison.Ordinal);
            Assert.Equal("Changed by Lukas", page.Find($"#task-{id}-edit-title").GetAttribute("value"));
        });
    }

    [Fact]
    public async Task Edit_PageRefreshedWhileTheFormIsOpen_SaveStillChecksTheVersionTheFormShowed()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var id = seeded.TaskId;
        await page.Find($"#task-{id} .crm-task-edit").ClickAsync(new MouseEventArgs());
        await page.Find($"#task-{id}-edit-title").InputAsync("Changed by Megan");
        var current = Ok(await World.Get<FollowUpService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, id));
        Ok(await World.Get<FollowUpService>().UpdateAsync(WorkspaceWorld.Lukas, seeded.AccountId, id, new FollowUpInput("Changed by Lukas", WorkspaceWorld.Megan.AsPerson()), current.Version));
        await page.WaitForElement("#workspace-refresh").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("Changed by Lukas", page.Find($"#task-{id} .crm-task__title").TextContent));

        await page.Find($"#task-{id}-edit-form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("Changed by Lukas", Ok(await World.Get<FollowUpService>().GetAsync(WorkspaceWorld.Megan, seeded.AccountId, id)).Title);
        page.WaitForAssertion(() => Assert.Contains("Someone else changed this", page.Find($"#task-{id}-edit-form").TextContent, StringComparison.Ordinal));
    }
}
