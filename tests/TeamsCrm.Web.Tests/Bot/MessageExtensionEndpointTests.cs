using System.Net.Http.Json;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>
/// The message extension's invokes against the real app (demo tenant, Azurite) over HTTP, with the payloads Teams
/// documents (learn.microsoft.com/microsoftteams/platform/messaging-extensions: "Respond to search command" — value
/// {commandId, parameters, queryOptions{skip,count}}, the initial run's parameter {name:"initialRun",value:"true"};
/// "Link unfurling" — value {url}; the preview's tap {type:"invoke", value} coming back as composeExtension/selectItem).
/// Every answer is HTTP 200 with {composeExtension:{type:"result"|"message", …}}.
/// </summary>
public sealed class MessageExtensionEndpointTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private const string Chat = "19:deal-desk-chat@thread.v2";

    [Fact]
    public async Task Query_InitialRun_TheCallersOwnRecordsAsThumbnailPreviewsWithSelectTap()
    {
        var extension = await PostAsync(DemoTenant.Megan, "composeExtension/query", Query([new JsonObject { ["name"] = "initialRun", ["value"] = "true" }], 0, 25));

        Assert.Equal("result", extension["type"]!.GetValue<string>());
        Assert.Equal("list", extension["attachmentLayout"]!.GetValue<string>());
        var attachments = extension["attachments"]!.AsArray();
        Assert.NotEmpty(attachments);
        Assert.True(attachments.Count <= 25);
        foreach (var attachment in attachments)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", attachment!["contentType"]!.GetValue<string>());
            Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment["preview"]!["contentType"]!.GetValue<string>());
            var preview = attachment["preview"]!["content"]!;
            Assert.Equal("invoke", preview["tap"]!["type"]!.GetValue<string>());
            Assert.Contains("Megan Bowen", preview["text"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Query_SearchWithPaging_PagesDoNotOverlap()
    {
        var parameters = new[] { new JsonObject { ["name"] = "query", ["value"] = "a" } };

        var first = Taps(await PostAsync(DemoTenant.Lukas, "composeExtension/query", Query(parameters, 0, 3)));
        var second = Taps(await PostAsync(DemoTenant.Lukas, "composeExtension/query", Query(parameters, 3, 3)));

        Assert.Equal(3, first.Count);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Query_GuestSearchesAnUnsharedAccount_NothingAndASharedOne_Found()
    {
        var unshared = Titles(await PostAsync(DemoTenant.Pat, "composeExtension/query", Search("Litware")));
        var shared = Titles(await PostAsync(DemoTenant.Pat, "composeExtension/query", Search("Fabrikam")));

        Assert.Empty(unshared);
        Assert.Contains("Fabrikam Inc", shared);
        Assert.NotEmpty(Titles(await PostAsync(DemoTenant.Megan, "composeExtension/query", Search("Litware"))));
    }

    [Fact]
    public async Task SelectItem_TheTapValueOfAResult_TheNameOnlyShell()
    {
        var result = (await PostAsync(DemoTenant.Megan, "composeExtension/query", Search("Contoso")))["attachments"]![0]!;
        var tap = result["preview"]!["content"]!["tap"]!["value"]!.AsObject();

        var extension = await PostAsync(DemoTenant.Megan, "composeExtension/selectItem", (JsonObject)tap.DeepClone());

        var card = extension["attachments"]![0]!["content"]!;
        Assert.Equal("Contoso Ltd", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("card.refresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.DoesNotContain("Enterprise", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectItem_GuestSendsTheIdOfAnUnsharedAccount_NotAvailableMessage()
    {
        var litware = await AccountIdAsync("Litware");

        var extension = await PostAsync(DemoTenant.Pat, "composeExtension/selectItem", new JsonObject { ["recordKind"] = "Account", ["accountId"] = litware });

        Assert.Equal("message", extension["type"]!.GetValue<string>());
        Assert.Equal("This record is not available to you.", extension["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueryLink_TabLinkOfAnAccount_UnfurlsForMembersNotForGuestsWithoutShare()
    {
        var litware = await AccountIdAsync("Litware");
        var url = new JsonObject { ["url"] = $"http://localhost:3978/tab/accounts/{litware}?theme=dark" };

        var member = await PostAsync(DemoTenant.Lukas, "composeExtension/queryLink", (JsonObject)url.DeepClone());
        var guest = await PostAsync(DemoTenant.Pat, "composeExtension/queryLink", (JsonObject)url.DeepClone());

        Assert.Equal("Litware Inc", member["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("result", guest["type"]!.GetValue<string>());
        Assert.Empty(guest["attachments"]!.AsArray());
    }

    [Fact]
    public async Task QuerySelectAndLink_GuestInNoOrganisation_TheOneAdminToAskNeverRecords()
    {
        var unassigned = new Caller(DemoTenant.TenantId, Guid.NewGuid().ToString(), "Unlisted Guest", CallerRole.Guest);
        var litware = await AccountIdAsync("Litware");

        var search = await PostAsync(unassigned, "composeExtension/query", Search("Litware"));
        var german = await PostAsync(unassigned, "composeExtension/query", Search("Litware"), "de-DE");
        var selected = await PostAsync(unassigned, "composeExtension/selectItem", new JsonObject { ["recordKind"] = "Account", ["accountId"] = litware });
        var link = await PostAsync(unassigned, "composeExtension/queryLink", new JsonObject { ["url"] = $"http://localhost:3978/tab/accounts/{litware}" });

        Assert.Equal(("message", "You are a guest here and not yet part of a partner organisation, so there is nothing for you to see yet. Please ask Megan Bowen to add you."),
            (search["type"]!.GetValue<string>(), search["text"]!.GetValue<string>()));
        Assert.Contains("Bitte wenden Sie sich an Megan Bowen", german["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(search["text"]!.GetValue<string>(), selected["text"]!.GetValue<string>());
        var card = Assert.Single(link["attachments"]!.AsArray())!["content"]!;
        Assert.Equal(("1.3", search["text"]!.GetValue<string>()), (card["version"]!.GetValue<string>(), Assert.Single(card["body"]!.AsArray())!["text"]!.GetValue<string>()));
        Assert.All(new[] { search, german, selected, link }, answer => Assert.DoesNotContain("Litware", answer.ToJsonString(), StringComparison.Ordinal));
        Assert.All(new[] { search, selected, link }, answer => Assert.DoesNotContain("meganb@", answer.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnonymousQueryLink_AnyLink_TheAppsNameOnly()
    {
        var litware = await AccountIdAsync("Litware");
        var activity = Activity(null, "composeExtension/anonymousQueryLink", new JsonObject { ["url"] = $"http://localhost:3978/tab/accounts/{litware}" });

        var extension = await PostRawAsync(activity);

        var attachment = extension["attachments"]![0]!;
        Assert.Equal("TeamsCrm", attachment["content"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Single(attachment["content"]!["body"]!.AsArray());
        Assert.Null(attachment["preview"]!["content"]!["tap"]);
        Assert.DoesNotContain("Litware", extension.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownCommand_MessageInTheCallersLanguage()
    {
        var value = Search("Contoso");
        value["commandId"] = "somethingElse";

        var extension = await PostAsync(DemoTenant.Megan, "composeExtension/query", value, "de-DE");

        Assert.Equal("Diese Suche ist unbekannt. Bitte aktualisieren Sie die App.", extension["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task FetchTaskAndSubmitAction_SaveToCrm_DialogPrefilledFromTheMessageThenSavedWithConfirmationToTheCaller()
    {
        var fetch = new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["context"] = new JsonObject { ["theme"] = "default" },
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1733390000000",
                ["createdDateTime"] = "2026-11-30T08:15:00.000Z",
                ["linkToMessage"] = "https://teams.microsoft.com/l/message/19:deal-desk-chat@thread.v2/1733390000000",
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = DemoTenant.Adele.UserId, ["displayName"] = "Adele Vance", ["userIdentityType"] = "aadUser" } },
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Litware wants the <b>offer</b> by Friday</p>" },
            },
        };

        var task = await PostTaskAsync(DemoTenant.Lukas, "composeExtension/fetchTask", fetch);
        var card = task["value"]!["card"]!["content"]!;
        var data = card["body"]!.AsArray().Last()!["actions"]![0]!["data"]!.AsObject();
        var submit = new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["data"] = new JsonObject
            {
                ["verb"] = data["verb"]!.DeepClone(),
                ["saveAuthor"] = data["saveAuthor"]!.DeepClone(),
                ["saveSentAt"] = data["saveSentAt"]!.DeepClone(),
                ["saveLink"] = data["saveLink"]!.DeepClone(),
                ["saveAccountName"] = "Litware",
                ["saveKind"] = "InternalComment",
                ["saveText"] = "Litware wants the offer by Friday",
            },
        };
        var saved = await PostTaskAsync(DemoTenant.Lukas, "composeExtension/submitAction", submit);

        Assert.Equal("continue", task["type"]!.GetValue<string>());
        Assert.Contains("Litware wants the offer by Friday", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("message", saved["type"]!.GetValue<string>());
        Assert.Equal("Saved as an internal comment on Litware Inc.", saved["value"]!.GetValue<string>());
        var comments = await host.Factory.Services.GetRequiredService<TeamsCrm.Core.Comments.CommentService>().ListAsync(DemoTenant.Megan, await AccountIdAsync("Litware"), 50);
        Assert.Contains(comments.Value!, c => c.Text.StartsWith("Litware wants the offer by Friday", StringComparison.Ordinal) && c.Text.Contains("1733390000000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitAction_GuestSavesToAnUnsharedAccount_FormAgainNothingWritten()
    {
        var litware = await AccountIdAsync("Litware");
        var comments = host.Factory.Services.GetRequiredService<TeamsCrm.Core.Comments.CommentService>();
        var before = (await comments.ListAsync(DemoTenant.Megan, litware, 50)).Value!.Count;
        var submit = new JsonObject
        {
            ["commandId"] = "saveToCrm",
            ["commandContext"] = "message",
            ["data"] = new JsonObject { ["verb"] = "message.save", ["saveAccountId"] = litware, ["saveKind"] = "SharedComment", ["saveText"] = "Pat was here" },
        };

        var answer = await PostTaskAsync(DemoTenant.Pat, "composeExtension/submitAction", submit);

        Assert.Equal("continue", answer["type"]!.GetValue<string>());
        Assert.Equal(before, (await comments.ListAsync(DemoTenant.Megan, litware, 50)).Value!.Count);
    }

    private async Task<JsonObject> PostTaskAsync(Caller from, string name, JsonObject value)
    {
        using var response = await host.Factory.CreateClient().PostAsJsonAsync("/api/messages", Activity(from, name, value));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["task"]!.AsObject();
    }

    private static JsonObject Search(string text) => Query([new JsonObject { ["name"] = "query", ["value"] = text }], 0, 25);

    private static JsonObject Query(JsonObject[] parameters, int skip, int count) => new()
    {
        ["commandId"] = "searchRecords",
        ["parameters"] = new JsonArray([.. parameters.Select(p => p.DeepClone())]),
        ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
    };

    private static List<string> Titles(JsonObject extension) =>
        extension["attachments"]!.AsArray().Select(a => a!["preview"]!["content"]!["title"]!.GetValue<string>()).ToList();

    /// <summary>What identifies each result: its select data (names can repeat, e.g. two contacts called the same).</summary>
    private static List<string> Taps(JsonObject extension) =>
        extension["attachments"]!.AsArray().Select(a => a!["preview"]!["content"]!["tap"]!["value"]!.ToJsonString()).ToList();

    private async Task<string> AccountIdAsync(string name)
    {
        var found = await host.Factory.Services.GetRequiredService<AccountSearch>().SearchAsync(DemoTenant.Megan, name);
        return Assert.Single(found.Value!).AccountId;
    }

    private Task<JsonObject> PostAsync(Caller from, string name, JsonObject value, string locale = "en-US") =>
        PostRawAsync(Activity(from, name, value, locale));

    private async Task<JsonObject> PostRawAsync(JsonObject activity)
    {
        using var response = await host.Factory.CreateClient().PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["composeExtension"]!.AsObject();
    }

    /// <summary>An invoke as Teams sends it from the compose box of a group chat (channelData.source.name "compose").</summary>
    private JsonObject Activity(Caller? from, string name, JsonObject value, string locale = "en-US") => new()
    {
        ["type"] = "invoke",
        ["name"] = name,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-30T10:00:00.000Z",
        ["serviceUrl"] = host.Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = from is null
            ? new JsonObject { ["id"] = "29:anonymous-" + Guid.NewGuid().ToString("N")[..8] }
            : new JsonObject { ["id"] = "29:" + from.UserId, ["name"] = from.DisplayName, ["aadObjectId"] = from.UserId },
        ["recipient"] = new JsonObject { ["id"] = BotChat.BotId, ["name"] = "CRM" },
        ["conversation"] = new JsonObject { ["id"] = Chat, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = DemoTenant.TenantId },
        ["channelData"] = new JsonObject { ["source"] = new JsonObject { ["name"] = "compose" }, ["tenant"] = new JsonObject { ["id"] = DemoTenant.TenantId } },
        ["locale"] = locale,
        ["value"] = value,
    };
}
