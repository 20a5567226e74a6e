namespace TeamsCrm.Core.Tests.FollowUps;

public sealed class FollowUpTaskTests
{
    [Fact]
    public void Complete_OpenTask_MarksDoneWithCompletionTime()
    {
        var done = OpenTask().Complete(TestData.Now.AddHours(1));

        Assert.True(done.IsSuccess);
        Assert.True(done.Value.IsDone);
        Assert.Equal(TestData.Now.AddHours(1), done.Value.CompletedAt);
    }

    [Fact]
    public void Complete_Twice_TaskAlreadyDone()
    {
        var done = OpenTask().Complete(TestData.Now.AddHours(1)).Value!;

        var again = done.Complete(TestData.Now.AddHours(2));

        ErrorAssert.IsRule(again.Error, ErrorCodes.TaskAlreadyDone);
        Assert.Equal(TestData.Now.AddHours(1), done.CompletedAt);
    }

    [Fact]
    public void Change_OpenTask_NewTitleAssigneeAndDueTimeKeepsTheRest()
    {
        var lukas = new PersonRef("lukas-id", "Lukas Schneider");

        var changed = OpenTask().Change("Call the buyer", lukas, TestData.Now.AddDays(2));

        Assert.True(changed.IsSuccess);
        Assert.Equal(("Call the buyer", lukas, TestData.Now.AddDays(2)), (changed.Value.Title, changed.Value.Assignee, changed.Value.DueAt));
        Assert.Equal(TestData.Member.AsPerson(), changed.Value.CreatedBy);
        Assert.False(changed.Value.IsDone);
    }

    [Fact]
    public void Change_DoneTask_TaskAlreadyDone()
    {
        var done = OpenTask().Complete(TestData.Now.AddHours(1)).Value!;

        var changed = done.Change("Call the buyer", TestData.Member.AsPerson(), null);

        ErrorAssert.IsRule(changed.Error, ErrorCodes.TaskAlreadyDone);
    }

    private static FollowUpTask OpenTask() => new()
    {
        Id = "0190f5c2a1b27c3d8e4f5a6b7c8d9e30",
        AccountId = TestData.AccountId,
        Title = "Send the revised offer",
        Assignee = TestData.Member.AsPerson(),
        CreatedBy = TestData.Member.AsPerson(),
        CreatedAt = TestData.Now,
    };
}
