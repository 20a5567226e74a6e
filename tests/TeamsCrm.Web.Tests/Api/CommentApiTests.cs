using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class CommentApiTests(ApiHost host)
{
    [Fact]
    public async Task ListComments_ManyComments_NewestFirstInPagesFollowingNextLink()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var path = $"/api/v1/accounts/{account.Id}/comments";
        for (var n = 1; n <= 5; n++)
        {
            (await megan.PostAsync(path, new { text = $"Comment {n}" })).Expect(HttpStatusCode.Created);
        }

        var texts = new List<string?>();
        var pages = 0;
        for (var next = path + "?top=2"; next is not null; pages++)
        {
            var page = (await megan.GetAsync(next)).Expect(HttpStatusCode.OK);
            texts.AddRange(page.Json["items"]!.AsArray().Select(c => (string?)c!["text"]));
            next = page["nextLink"];
        }

        Assert.Equal(["Comment 5", "Comment 4", "Comment 3", "Comment 2", "Comment 1"], texts);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Comment_AddWithMentionGetEdit_Works()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);

        var added = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new
        {
            text = "Please call them, <b>Lukas</b>",
            mentions = new[] { new { userId = DemoTenant.Lukas.UserId, displayName = DemoTenant.Lukas.DisplayName } },
        })).Expect(HttpStatusCode.Created);
        var read = (await megan.GetAsync(added.Location!)).Expect(HttpStatusCode.OK);
        var edited = (await megan.PutAsync(added.Location!, new { text = "Called already." }, read.ETag)).Expect(HttpStatusCode.OK);

        Assert.Equal("Please call them, <b>Lukas</b>", read["text"]);
        Assert.Equal("Internal", read["visibility"]);
        Assert.Equal(DemoTenant.Lukas.UserId, read["mentions.0.userId"]);
        Assert.Equal("Called already.", edited["text"]);
        Assert.NotNull(edited["editedAt"]);
    }

    [Fact]
    public async Task EditOrDeleteComment_NotTheAuthor_Returns422AndChangesNothing()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var lukas = host.ClientFor(DemoTenant.Lukas, "de");
        var added = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Mine" })).Expect(HttpStatusCode.Created);

        var edit = await lukas.PutAsync(added.Location!, new { text = "Hijacked" }, added.ETag);
        var delete = await lukas.DeleteAsync(added.Location!, added.ETag);

        edit.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.CommentOnlyAuthor");
        Assert.StartsWith("Nur der Verfasser", edit["title"], StringComparison.Ordinal);
        delete.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.CommentOnlyAuthor");
        Assert.Equal("Mine", (await megan.GetAsync(added.Location!))["text"]);
    }

    [Fact]
    public async Task DeleteComment_OwnWithETag_Returns204AndKeepsItsPlaceWithoutText()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var added = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Oops, wrong account" })).Expect(HttpStatusCode.Created);

        var missing = await megan.DeleteAsync(added.Location!, ifMatch: null);
        var deleted = await megan.DeleteAsync(added.Location!, added.ETag);
        var read = (await megan.GetAsync(added.Location!)).Expect(HttpStatusCode.OK);
        var again = await megan.DeleteAsync(added.Location!, added.ETag);

        missing.ExpectProblem(HttpStatusCode.PreconditionRequired, "Api.IfMatchRequired");
        deleted.Expect(HttpStatusCode.NoContent);
        Assert.Equal("true", read["isDeleted"]);
        Assert.Equal(string.Empty, read["text"]);
        again.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("true", again["current.isDeleted"]);
    }

    [Fact]
    public async Task EditComment_StaleETag_Returns412WithTheCurrentComment()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan);
        var added = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "First" })).Expect(HttpStatusCode.Created);
        var second = (await megan.PutAsync(added.Location!, new { text = "Second" }, added.ETag)).Expect(HttpStatusCode.OK);

        var answer = await megan.PutAsync(added.Location!, new { text = "Third from an old page" }, added.ETag);

        answer.ExpectProblem(HttpStatusCode.PreconditionFailed, "Error.Conflict");
        Assert.Equal("Second", answer["current.text"]);
        Assert.Equal(second.ETag, answer.ETag);
    }

    [Fact]
    public async Task Comments_Guest_SeesAndWritesSharedOnly()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        await host.ShareWithFabrikamAsync(account.Id, ShareLevel.Contribute);
        using var megan = host.ClientFor(DemoTenant.Megan);
        using var pat = host.ClientFor(DemoTenant.Pat);
        var secret = (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Internal: margin is thin" })).Expect(HttpStatusCode.Created);
        (await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Welcome, partners", visibility = "Shared" })).Expect(HttpStatusCode.Created);

        var list = (await pat.GetAsync($"/api/v1/accounts/{account.Id}/comments")).Expect(HttpStatusCode.OK);
        var hidden = await pat.GetAsync(secret.Location!);
        var internalByGuest = await pat.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Hi", visibility = "Internal" });
        var sharedByGuest = (await pat.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "Thanks!" })).Expect(HttpStatusCode.Created);

        Assert.Equal("Welcome, partners", Assert.Single(list.Json["items"]!.AsArray())!["text"]!.ToString());
        Assert.DoesNotContain("margin", list.Text, StringComparison.Ordinal);
        hidden.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        internalByGuest.ExpectProblem(HttpStatusCode.UnprocessableEntity, "Rule.GuestCommentsAreShared");
        Assert.Equal("Shared", sharedByGuest["visibility"]);
    }

    [Theory]
    [InlineData("en", "Text: This field is required.")]
    [InlineData("de", "Text: Dieses Feld ist erforderlich.")]
    public async Task AddComment_EmptyText_Returns400(string language, string message)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var megan = host.ClientFor(DemoTenant.Megan, language);

        var answer = await megan.PostAsync($"/api/v1/accounts/{account.Id}/comments", new { text = "   " });

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Error.Invalid");
        Assert.Equal(message, answer["errors.text.0"]);
    }
}
