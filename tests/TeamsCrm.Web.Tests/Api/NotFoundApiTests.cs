using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// A record the caller may not see — an unshared account as a partner, another tenant's account, a malformed id — answers
/// every endpoint with exactly the 404 of a record that does not exist, and changes nothing.
/// </summary>
[Collection(ApiTests.Name)]
public sealed class NotFoundApiTests(ApiHost host)
{
    private const string AnyVersion = "*";

    public static TheoryData<string, string, string?> Endpoints()
    {
        var data = new TheoryData<string, string, string?>();
        void Add(string method, string path, string? body = null) => data.Add(method, path, body);
        Add("GET", "{a}");
        Add("PUT", "{a}", """{"name":"Renamed"}""");
        Add("GET", "{a}/contacts");
        Add("GET", "{a}/contacts/{contact}");
        Add("POST", "{a}/contacts", """{"firstName":"New","lastName":"Person"}""");
        Add("PUT", "{a}/contacts/{contact}", """{"firstName":"New","lastName":"Name"}""");
        Add("GET", "{a}/deals");
        Add("GET", "{a}/deals/{deal}");
        Add("POST", "{a}/deals", """{"title":"New deal","amount":5}""");
        Add("PUT", "{a}/deals/{deal}", """{"title":"Renamed deal","amount":5}""");
        Add("PUT", "{a}/deals/{deal}/stage", """{"stage":"Qualified"}""");
        Add("GET", "{a}/comments");
        Add("GET", "{a}/comments/{comment}");
        Add("POST", "{a}/comments", """{"text":"Hello","visibility":"Shared"}""");
        Add("PUT", "{a}/comments/{comment}", """{"text":"Changed"}""");
        Add("DELETE", "{a}/comments/{comment}");
        Add("GET", "{a}/interactions");
        Add("POST", "{a}/interactions", """{"channel":"Email","direction":"Inbound","summary":"Hi"}""");
        Add("GET", "{a}/tasks");
        Add("GET", "{a}/tasks/{task}");
        Add("POST", "{a}/tasks", """{"title":"New task"}""");
        Add("POST", "{a}/tasks/{task}/complete");
        Add("GET", "{a}/handoffs/{handoff}");
        Add("POST", "{a}/deals/{deal}/handoffs", "{\"recipient\":{\"userId\":\"" + DemoTenant.Lukas.UserId + "\"}}");
        Add("POST", "{a}/handoffs/{handoff}/accept");
        Add("POST", "{a}/handoffs/{handoff}/decline", """{"reason":"No"}""");
        Add("POST", "{a}/handoffs/{handoff}/cancel");
        return data;
    }

    /// <summary>The endpoints that address one record of an account.</summary>
    public static TheoryData<string, string, string?> RecordEndpoints()
    {
        var data = new TheoryData<string, string, string?>();
        foreach (var row in Endpoints().Where(row => ((string)row[1]).Replace("{a}", string.Empty, StringComparison.Ordinal).Contains('{', StringComparison.Ordinal)))
        {
            data.Add((string)row[0], (string)row[1], (string?)row[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordEndpoints))]
    public async Task Endpoint_RecordOfAnotherAccount_AnswersLikeAMissingRecord(string method, string path, string? body)
    {
        var elsewhere = await host.OnceAsync("unshared", () => InvisibleRecords.CreateAsync(host, DemoTenant.Megan, DemoTenant.Lukas));
        var visible = await host.OnceAsync("visible", () => host.NewAccountAsync(DemoTenant.Megan));
        await AssertNotFoundAsync(DemoTenant.Megan, method, path, body, elsewhere with { AccountId = visible.Id }, elsewhere);
    }

    [Theory]
    [MemberData(nameof(RecordEndpoints))]
    public async Task Endpoint_MalformedRecordIdOfVisibleAccount_AnswersLikeAMissingRecord(string method, string path, string? body)
    {
        var visible = await host.OnceAsync("visible", () => host.NewAccountAsync(DemoTenant.Megan));
        await AssertNotFoundAsync(DemoTenant.Megan, method, path, body, InvisibleRecords.Malformed with { AccountId = visible.Id });
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_UnsharedAccountAsPartner_AnswersLikeAMissingRecord(string method, string path, string? body)
    {
        var records = await host.OnceAsync("unshared", () => InvisibleRecords.CreateAsync(host, DemoTenant.Megan, DemoTenant.Lukas));
        await AssertNotFoundAsync(DemoTenant.Pat, method, path, body, records);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_AnotherTenantsAccount_AnswersLikeAMissingRecord(string method, string path, string? body)
    {
        var records = await host.OnceAsync("other tenant", () =>
        {
            var (owner, colleague) = InvisibleRecords.OtherTenantPeople();
            return InvisibleRecords.CreateAsync(host, owner, colleague);
        });
        await AssertNotFoundAsync(DemoTenant.Megan, method, path, body, records);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_MalformedIds_AnswersLikeAMissingRecord(string method, string path, string? body) =>
        await AssertNotFoundAsync(DemoTenant.Megan, method, path, body, InvisibleRecords.Malformed);

    /// <summary>Sends the request for <paramref name="records"/>; <paramref name="watched"/> (default: those records) must not change.</summary>
    private async Task AssertNotFoundAsync(Caller caller, string method, string path, string? body, InvisibleRecords records, InvisibleRecords? watched = null)
    {
        watched ??= records;
        using var client = host.ClientFor(caller, "de");
        var missing = await client.GetAsync($"/api/v1/accounts/{Guid.CreateVersion7():N}");
        var before = watched.Owner is null ? null : await watched.SnapshotAsync(host);

        var answer = await client.SendAsync(new HttpMethod(method), "/api/v1/accounts/" + Fill(path, records), body, AnyVersion);

        answer.ExpectProblem(HttpStatusCode.NotFound, "Error.NotFound");
        Assert.Equal(missing.Text, answer.Text);
        Assert.Null(answer.ETag);
        Assert.Equal(before, watched.Owner is null ? null : await watched.SnapshotAsync(host));
    }

    private static string Fill(string path, InvisibleRecords records) => path
        .Replace("{a}", records.AccountId, StringComparison.Ordinal)
        .Replace("{contact}", records.ContactId, StringComparison.Ordinal)
        .Replace("{deal}", records.DealId, StringComparison.Ordinal)
        .Replace("{comment}", records.CommentId, StringComparison.Ordinal)
        .Replace("{task}", records.TaskId, StringComparison.Ordinal)
        .Replace("{handoff}", records.HandoffId, StringComparison.Ordinal);
}
