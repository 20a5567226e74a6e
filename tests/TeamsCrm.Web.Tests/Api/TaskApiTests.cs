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
}
