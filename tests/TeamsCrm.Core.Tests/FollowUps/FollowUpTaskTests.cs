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
