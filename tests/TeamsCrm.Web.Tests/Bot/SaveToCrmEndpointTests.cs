using System.Net.Http.Json;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// "Save to CRM" beyond the plain confirmation, against the real app (demo tenant, Azurite) over HTTP with the payloads
/// Teams documents for action commands (learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/
/// action-commands/respond-to-task-module-submit): value {commandId, commandContext:"message", data}; the answers
/// {task:{type:"continue"|"message"}} and — the "card response", available for the message context — {composeExtension:
/// {type:"result", attachmentLayout:"list", attachments:[{contentType, content, preview}]}}, which Teams puts into the
/// compose box of the conversation. The cards themselves are validated in TeamsCrm.Conversation.Tests.
/// </summary>
public sealed class SaveToCrmEndpointTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private const string Chat = "19:deal-desk-chat@thread.v2";

    [Fact]
    public async Task SubmitAction_PostChosen_SavedAndAnsweredWithTheNameOnlyCardForTheComposeBox()
    {
        var litware = await AccountIdAsync("Litware");
        var before = await CommentCountAsync(litware);

        var answer = await PostAsync(DemoTenant.Lukas, Submit(new JsonObject
        {
            ["saveAccountName"] = "Litware",
            ["saveKind"] = "InternalComment",
            ["saveText"] = "Litware signs next week",
            ["saveOnDeal"] = "false",
            ["savePost"] = "true",
        }));

        var extension = answer["composeExtension"]!.AsObject();
        Assert.Null(answer["task"]);
        Assert.Equal("result", extension["type"]!.GetValue<string>());
        Assert.Equal("list", extension["attachmentLayout"]!.GetValue<string>());
        var attachment = Assert.Single(extension["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment["preview"]!["contentType"]!.GetValue<string>());
        var card = attachment["content"]!.AsObject();
        Assert.Equal("Litware Inc", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("card.refresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(litware, card["refresh"]!["action"]!["data"]!["accountId"]!.GetValue<string>());
        Assert.DoesNotContain("signs next week", attachment.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before + 1, await CommentCountAsync(litware));
    }

    [Fact]
    public async Task SubmitAction_OnADeal_FormAsksWhichDealThenTheCommentGoesOnIt()
    {
        var litware = await AccountIdAsync("Litware");
        var deals = host.Factory.Services.GetRequiredService<TeamsCrm.Core.Deals.DealService>();
        var visible = (await deals.ListAsync(DemoTenant.Lukas, litware, new PageRequest(PageRequest.MaxSize))).Value!.Items;
        Assert.NotEmpty(visible);

        var asked = await PostAsync(DemoTenant.Lukas, Submit(new JsonObject
        {
            ["saveAccountName"] = "Litware",
            ["saveKind"] = "InternalComment",
            ["saveText"] = "Procurement wants a second quote",
            ["saveOnDeal"] = "true",
            ["savePost"] = "false",
        }));
        var form = asked["task"]!["value"]!["card"]!["content"]!.AsObject();
        var choice = form["body"]!.AsArray().OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == "saveDealId");
        var offered = choice["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToHashSet();
        var submitData = form["body"]!.AsArray().OfType<JsonObject>().Last(e => e["type"]!.GetValue<string>() == "ActionSet")["actions"]![0]!["data"]!.AsObject();
        var dealId = visible[0].Id;

        // Teams merges the inputs into the Action.Submit's data, as the dialog's submit.
        var chosen = (JsonObject)submitData.DeepClone();
        chosen["saveDealId"] = dealId;
        chosen["saveKind"] = "InternalComment";
        chosen["saveOnDeal"] = "true";
        chosen["savePost"] = "false";
        chosen["saveText"] = "Procurement wants a second quote";
        var saved = await PostAsync(DemoTenant.Lukas, Submit(chosen));

        Assert.Equal("continue", asked["task"]!["type"]!.GetValue<string>());
        Assert.Equal(visible.Select(d => d.Id).ToHashSet(), offered);
        Assert.Equal(litware, submitData["saveAccountId"]!.GetValue<string>());
        Assert.Equal("message", saved["task"]!["type"]!.GetValue<string>());
        Assert.EndsWith($"Deal: {visible[0].Title}.", saved["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var comments = await host.Factory.Services.GetRequiredService<CommentService>().ListAsync(DemoTenant.Megan, litware, 50);
        Assert.Contains(comments.Value!, c => c.DealId == dealId && c.Text.StartsWith("Procurement wants a second quote", StringComparison.Ordinal));
    }

    private static JsonObject Submit(JsonObject data)
    {
        data["verb"] = "message.save";
        return new JsonObject { ["commandId"] = "saveToCrm", ["commandContext"] = "message", ["data"] = data };
    }

    private async Task<int> CommentCountAsync(string accountId) =>
        (await host.Factory.Services.GetRequiredService<CommentService>().ListAsync(DemoTenant.Megan, accountId, 50)).Value!.Count;

    private async Task<string> AccountIdAsync(string name)
    {
        var found = await host.Factory.Services.GetRequiredService<AccountSearch>().SearchAsync(DemoTenant.Megan, name);
        return Assert.Single(found.Value!).AccountId;
    }

    private async Task<JsonObject> PostAsync(Caller from, JsonObject value)
    {
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "composeExtension/submitAction",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-30T10:00:00.000Z",
            ["serviceUrl"] = host.Connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + from.UserId, ["name"] = from.DisplayName, ["aadObjectId"] = from.UserId },
            ["recipient"] = new JsonObject { ["id"] = BotChat.BotId, ["name"] = "CRM" },
            ["conversation"] = new JsonObject { ["id"] = Chat, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = DemoTenant.TenantId },
            ["channelData"] = new JsonObject { ["source"] = new JsonObject { ["name"] = "message" }, ["tenant"] = new JsonObject { ["id"] = DemoTenant.TenantId } },
            ["locale"] = "en-US",
            ["value"] = value,
        };
        using var response = await host.Factory.CreateClient().PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
