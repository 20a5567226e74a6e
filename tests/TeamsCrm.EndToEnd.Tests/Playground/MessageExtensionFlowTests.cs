using System.Net.Http.Json;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The message extension through the real Agents Playground, whose invoke API sends composeExtension/query,
/// /queryLink, /anonymousQueryLink, /fetchTask and /submitAction to the app as Teams would (from a user of the "Deal
/// desk" group chat, channelData.source "compose") and returns the app's answer. /selectItem is not offered by the
/// Playground: the HTTP tests of TeamsCrm.Web.Tests cover it.
/// </summary>
public sealed class MessageExtensionFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly CrmStorage _storage = new(playground);

    [Fact]
    public async Task Query_SearchAndInitialRun_ResultsWithTheNameOnlyCard()
    {
        var search = await InvokeAsync(DemoUsers.Megan, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchRecords",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "Contso" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        });
        var initial = await InvokeAsync(DemoUsers.Megan, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchRecords",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        });

        var contoso = search.GetProperty("composeExtension").GetProperty("attachments")[0];
        Assert.Equal("Contoso Ltd", contoso.GetProperty("preview").GetProperty("content").GetProperty("title").GetString());
        Assert.Equal("card.refresh", contoso.GetProperty("content").GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.DoesNotContain("Enterprise", contoso.GetRawText(), StringComparison.Ordinal);
        Assert.True(initial.GetProperty("composeExtension").GetProperty("attachments").GetArrayLength() > 0, initial.GetRawText());
    }

    [Fact]
    public async Task QueryLink_TheTabPageOfAnAccount_UnfurlsIntoItsNameOnlyCard_AnonymousIntoTheAppsName()
    {
        var litware = (await _storage.AccountAsync("Litware Inc")).PartitionKey.Split('|')[1];
        var url = new Uri(playground.AppAddress, $"tab/accounts/{litware}").AbsoluteUri;

        var unfurled = await InvokeAsync(DemoUsers.Lukas, "composeExtension/queryLink", new JsonObject { ["url"] = url });
        var anonymous = await InvokeAsync(DemoUsers.Lukas, "composeExtension/anonymousQueryLink", new JsonObject { ["url"] = url });

        var card = unfurled.GetProperty("composeExtension").GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("Litware Inc", card.GetProperty("body")[0].GetProperty("text").GetString());
        var anonymousCard = anonymous.GetProperty("composeExtension").GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("TeamsCrm", anonymousCard.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.DoesNotContain("Litware", anonymous.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveToCrm_FetchTaskThenSubmitAction_TheMessageIsAComment()
    {
        var before = (await _storage.CommentsAsync("Litware Inc")).Count;
        var said = "Playground message " + Guid.NewGuid().ToString("N")[..8];

        var dialog = await InvokeAsync(DemoUsers.Megan, "composeExtension/fetchTask", new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject
            {
                ["createdDateTime"] = "2026-11-30T08:15:00.000Z",
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["displayName"] = DemoUsers.Adele.Name } },
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = $"<p>{said}</p>" },
            },
        });
        var saved = await InvokeAsync(DemoUsers.Megan, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["data"] = new JsonObject { ["verb"] = "message.save", ["saveAccountName"] = "Litware", ["saveKind"] = "InternalComment", ["saveText"] = said, ["saveAuthor"] = DemoUsers.Adele.Name },
        });

        Assert.Contains(said, dialog.GetProperty("task").GetProperty("value").GetProperty("card").GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Saved as an internal comment on Litware Inc.", saved.GetProperty("task").GetProperty("value").GetString());
        var comments = await _storage.CommentsAsync("Litware Inc");
        Assert.Equal(before + 1, comments.Count);
        Assert.Contains(comments, c => c.GetString("Text")?.StartsWith(said, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SaveToCrm_PostChosen_AnsweredWithTheNameOnlyCardForTheComposeBox()
    {
        var before = (await _storage.CommentsAsync("Litware Inc")).Count;
        var said = "Playground post " + Guid.NewGuid().ToString("N")[..8];

        var saved = await InvokeAsync(DemoUsers.Megan, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["data"] = new JsonObject { ["verb"] = "message.save", ["saveAccountName"] = "Litware", ["saveKind"] = "InternalComment", ["saveText"] = said, ["saveOnDeal"] = "false", ["savePost"] = "true" },
        });

        var extension = saved.GetProperty("composeExtension");
        Assert.Equal("result", extension.GetProperty("type").GetString());
        var attachment = Assert.Single(extension.GetProperty("attachments").EnumerateArray());
        Assert.Equal("Litware Inc", attachment.GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("card.refresh", attachment.GetProperty("content").GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.DoesNotContain(said, attachment.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before + 1, (await _storage.CommentsAsync("Litware Inc")).Count);
    }

    private async Task<JsonElement> InvokeAsync(TeamsUser from, string name, JsonObject value)
    {
        var invoke = new JsonObject
        {
            ["name"] = name,
            ["conversation"] = new JsonObject { ["id"] = DemoUsers.GroupChat },
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["value"] = value,
        };
        using var response = await playground.Playground.PostAsync("/_conversation/v1/invoke", JsonContent.Create(invoke));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {body}{playground.Diagnostics}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
