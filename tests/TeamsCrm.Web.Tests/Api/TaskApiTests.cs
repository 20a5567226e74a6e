using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class TaskApiTests(ApiHost host)
{
    [Fact]
    public async Task TaskLifecycle_CreateListGetComplete_Works()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/tasks";

        var mine = (await megan.PostAsync(path, new { title = "Send the contract", dueAt = "2031-05-01T10:00:00Z" })).Expect(HttpStatusCode.Created);
        var lukas = (await megan.PostAsync(path, new { title = "Visit the plant", assignee = new { userId = DemoTenant.Lukas.UserId, displayName = DemoTenant.Lukas.DisplayName } }))
            .Expect(HttpStatusCode.Created);
        var list = (await megan.GetAsync(path)).Expect(HttpStatusCode.OK);
        var one = (await megan.GetAsync(lukas.Location!)).Expect(HttpStatusCode.OK);
        var completed = (await megan.PostAsync(mine.Location + "/complete")).Expect(HttpStatusCode.OK);
        var again = await megan.PostAsync(mine.Location + "/complete");

        Assert.Equal(DemoTenant.Megan.UserId, mine["assignee.userId"]);
        Assert.Equal(["Send the contract", "Visit the plant"], list.Json["items"]!.AsArray().Select(t => (string?)t!["title"]));
        Assert.Equal(DemoTenant.Lukas.UserId, one["assignee.userId"]);
        Assert.Equal("true", completed["isDone"]);
        Assert.NotEqual(mine.ETag, completed.ETag);
        again.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.TaskAlreadyDone");
    }

    [Theory]
    [InlineData("en", "Title: This field is required.")]
    [InlineData("de", "Titel: Dieses Feld ist erforderlich.")]
    public async Task CreateTask_NoTitle_Returns400(string language, string message)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { dueAt = "2031-05-01T10:00:00Z" });

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(message, answer["errors.title.0"]);
    }

    [Fact]
    public async Task Tasks_Guest_SeesNoneAndCannotCreateOrComplete()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var task = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "Internal follow-up" })).Expect(HttpStatusCode.Created);

        var list = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/tasks")).Expect(HttpStatusCode.OK);
        var one = await pat.GetAsync(task.Location!);
        var complete = await pat.PostAsync(task.Location + "/complete");
        var create = await pat.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "Partner task" });

        Assert.Empty(list.Json["items"]!.AsArray());
        one.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        complete.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        create.ExpectProblem(HttpStatusCode.Forbidden, "Error.Forbidden");
        Assert.Equal("false", (await megan.GetAsync(task.Location!))["isDone"]);
    }

    [Fact]
    public async Task UpdateTask_Reassign_ChangesTitleDueAndAssignee()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var created = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "Send the contract" })).Expect(HttpStatusCode.Created);

        var updated = (await megan.PutAsync(created.Location!, new
        {
            title = "Send the signed contract",
            dueAt = "2031-06-01T10:00:00Z",
            assignee = new { userId = DemoTenant.Lukas.UserId, displayName = DemoTenant.Lukas.DisplayName },
        }, created.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal("Send the signed contract", updated["title"]);
        Assert.Equal(DemoTenant.Lukas.UserId, updated["assignee.userId"]);
        Assert.StartsWith("2031-06-01T10:00:00", updated["dueAt"], StringComparison.Ordinal);
        Assert.NotEqual(created.ETag, updated.ETag);
        Assert.Equal(DemoTenant.Lukas.UserId, (await megan.GetAsync(created.Location!))["assignee.userId"]);
    }

    [Fact]
    public async Task UpdateTask_IfMatchMissingOrStale_Returns428Or412WithTheCurrentTask()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var created = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "First" })).Expect(HttpStatusCode.Created);
        var changed = (await megan.PutAsync(created.Location!, new { title = "Second" }, created.ETag)).Expect(HttpStatusCode.OK);

        var missing = await megan.PutAsync(created.Location!, new { title = "Never" }, ifMatch: null);
        var stale = await megan.PutAsync(created.Location!, new { title = "Never" }, created.ETag);

        missing.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        stale.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("Second", stale["current.title"]);
        Assert.Equal(changed.ETag, stale.ETag);
    }

    [Fact]
    public async Task UpdateTask_InvalidDoneOrInvisible_ChangesNothing()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Edit);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var open = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "Open one" })).Expect(HttpStatusCode.Created);
        var done = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/tasks", new { title = "Done one" })).Expect(HttpStatusCode.Created);
        var completed = (await megan.PostAsync(done.Location + "/complete")).Expect(HttpStatusCode.OK);

        var invalid = await megan.PutAsync(open.Location!, new { title = " " }, open.ETag);
        var finished = await megan.PutAsync(done.Location!, new { title = "Reopened?" }, completed.ETag);
        var guest = await pat.PutAsync(open.Location!, new { title = "Partner edit" }, open.ETag);
        var unknown = await megan.PutAsync($"/api/v1/accounts/{account.Id}/tasks/not-a-task", new { title = "Nothing" }, open.ETag);

        invalid.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        finished.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.TaskAlreadyDone");
        guest.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        unknown.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        Assert.Equal("Open one", (await megan.GetAsync(open.Location!))["title"]);
        Assert.Equal("Done one", (await megan.GetAsync(done.Location!))["title"]);
    }
}
