using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// A lead handoff through the real Agents Playground. The Playground shows only its current user's chats (Megan),
/// so Lukas hands his Contoso deal to Megan: Megan gets the proactive offer card, accepts it, the deal's owner
/// changes in storage and Lukas is told. Lukas speaks through a hand-made activity (the Playground's own template),
/// in the one chat the Playground shows, so his notifications are visible there too.
/// </summary>
public sealed class HandoffFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Chat = "a:1personal-chat-megan";
    private const string Megan = "29:1megan-bowen";
    private const string MeganObjectId = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01";
    private const string BotId = "28:c0ffee00-0000-4000-8000-00000000b071";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task HandOffByChat_RecipientAccepts_OwnerChangedAndSenderNotified()
    {
        using var hello = await playground.Playground.PostAsync($"/_conversation/v1/conversations/{Chat}/messages",
            JsonContent.Create(new JsonObject { ["from"] = new JsonObject { ["id"] = Megan }, ["text"] = "my deals", ["textFormat"] = "plain" }));
        Assert.True(hello.IsSuccessStatusCode, playground.Diagnostics);
        await playground.Stream.WaitForMessageAsync(Chat, m => Sender(m) == BotId, Timeout);

        Assert.True(await SendAsLukasAsync("hand off the Contoso Rollout to Megan: she knows the customer") is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted);

        var offer = await WaitAsync(m => Cards(m).Contains("handoff.accept", StringComparison.Ordinal) && Cards(m).Contains("Contoso Rollout", StringComparison.Ordinal));
        var accept = FindAction(JsonNode.Parse(Cards(offer.GetProperty("message")))!, "handoff.accept")
            ?? throw new InvalidOperationException("The offer has no accept action: " + offer.GetRawText());
        var invoke = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = Chat },
            ["from"] = new JsonObject { ["id"] = Megan },
            ["replyToId"] = offer.GetProperty("message").GetProperty("messageId").GetString(),
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "handoff.accept", ["data"] = accept["data"]!.DeepClone() } },
        };
        using var response = await playground.Playground.PostAsync("/_conversation/v1/invoke", JsonContent.Create(invoke));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body + playground.Diagnostics);
        Assert.DoesNotContain("handoff.accept", body, StringComparison.Ordinal);
        Assert.Equal(MeganObjectId, await DealOwnerAsync("Contoso Rollout"));
        await WaitAsync(m => Cards(m).Contains("Contoso Rollout", StringComparison.Ordinal) && Cards(m).Contains("Megan Bowen", StringComparison.Ordinal)
            && !Cards(m).Contains("handoff.accept", StringComparison.Ordinal) && !Cards(m).Contains("handoff.cancel", StringComparison.Ordinal)
            && m.GetProperty("messageId").GetString() != offer.GetProperty("message").GetProperty("messageId").GetString());
    }

    private async Task<HttpStatusCode> SendAsLukasAsync(string text)
    {
        var activity = await playground.Playground.GetFromJsonAsync<JsonObject>($"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(Chat)}")
            ?? throw new InvalidOperationException("No activity template.");
        activity["type"] = "message";
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["text"] = text;
        activity["from"] = new JsonObject { ["id"] = "29:1lukas-schneider", ["name"] = "Lukas Schneider", ["aadObjectId"] = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e02" };
        using var response = await playground.Playground.PostAsync("/_internal/v1/customActivities", JsonContent.Create(activity));
        return response.StatusCode;
    }

    private async Task<JsonElement> WaitAsync(Func<JsonElement, bool> match)
    {
        try
        {
            return await playground.Stream.WaitForMessageAsync(Chat, m => Sender(m) == BotId && match(m), Timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + playground.Diagnostics, ex);
        }
    }

    private async Task<string?> DealOwnerAsync(string title)
    {
        var table = new TableClient(Environment.GetEnvironmentVariable("TEAMSCRM_TEST_STORAGE"), playground.TablePrefix + "Data");
        await foreach (var deal in table.QueryAsync<TableEntity>($"Title eq '{title}'"))
        {
            return deal.GetString("OwnerId");
        }

        return null;
    }

    private static JsonObject? FindAction(JsonNode node, string verb) => node switch
    {
        JsonObject o when (string?)o["verb"] == verb && (string?)o["type"] == "Action.Execute" => o,
        JsonObject o => o.Select(p => p.Value is null ? null : FindAction(p.Value, verb)).FirstOrDefault(a => a is not null),
        JsonArray a => a.Select(n => n is null ? null : FindAction(n, verb)).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static string Sender(JsonElement message) =>
        message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) ? id.GetString() ?? string.Empty : string.Empty;

    private static string Cards(JsonElement message) =>
        message.TryGetProperty("attachments", out var attachments) ? attachments.GetRawText() : string.Empty;
}
