using System.Text.RegularExpressions;

namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>How the guest flow tests talk and what they look for.</summary>
public sealed partial class GuestPartnerFlowTests
{
    /// <summary>The seeded internal comment of every demo account (DemoDataSeeder): members only.</summary>
    private const string InternalDemoComment = "confirmed the budget for next quarter";

    /// <summary>The seeded shared comment of every demo account, on its first deal.</summary>
    private const string SharedDemoComment = "Shared the updated proposal with the partner team.";

    /// <summary>The answer to a record the caller may not see (or that does not exist): the same for both.</summary>
    private const string NotFoundForGuest = "Not found. It may not exist, or it is not shared with you.";

    /// <summary>Buttons only members get on a customer card: log an interaction, the new lead / new contact dialogs.</summary>
    private static readonly string[] CardVerbsOfMembers = ["interaction.log", "dialog.open"];

    /// <summary>Pat types in the Playground (its current user) and gets the bot's first matching answer.</summary>
    private async Task<JsonElement> PatAsksAsync(string text, Func<JsonElement, bool> match)
    {
        var since = _chat.Mark();
        await _chat.CurrentUserTypesAsync(Pat, text);
        return await _chat.WaitForBotAsync(match, since);
    }

    /// <summary>A member speaks to the bot in the same chat (a hand-made activity from their Teams client).</summary>
    private async Task<JsonElement> MemberAsksAsync(TeamsUser member, string text, Func<JsonElement, bool> match)
    {
        var since = _chat.Mark();
        await _chat.SendAsync(member, text);
        return await _chat.WaitForBotAsync(match, since);
    }

    private static Func<JsonElement, bool> IsCustomerCardOf(string account) =>
        m => BotCards.Says(m, account) && BotCards.Json(m).Contains("\"card.refresh\"", StringComparison.Ordinal);

    /// <summary>What a message says with <paramref name="asked"/> taken out: two answers of the same shape are the same.</summary>
    private static string Shape(JsonElement message, string asked) => BotCards.Text(message).Replace(asked, "{asked}", StringComparison.Ordinal);

    private static void AssertNoneOf(JsonElement message, params string[] secrets)
    {
        var text = BotCards.Text(message);
        foreach (var secret in secrets)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"'{secret}' in:\n{text}");
        }
    }

    /// <summary>The text of the card element right after the one that says <paramref name="text"/> (e.g. a comment's marker).</summary>
    private static string? TextAfter(JsonElement message, string text) => TextAfter(JsonNode.Parse(BotCards.Json(message)), text);

    private static string? TextAfter(JsonNode? node, string text) => node switch
    {
        JsonArray a when a.Select((n, i) => (n, i)).FirstOrDefault(x => TextOf(x.n) == text) is { n: not null } hit =>
            hit.i + 1 < a.Count ? TextOf(a[hit.i + 1]) : null,
        JsonArray a => a.Select(n => TextAfter(n, text)).FirstOrDefault(t => t is not null),
        JsonObject o => o.Select(p => TextAfter(p.Value, text)).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static string? TextOf(JsonNode? element) =>
        element is JsonObject o && o["text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The data of the card's Universal Actions refresh, as Teams sends it back in the refresh invoke.</summary>
    private static JsonObject RefreshData(JsonElement message)
    {
        var card = JsonNode.Parse(message.GetProperty("attachments")[0].GetProperty("content").GetRawText())!;
        return card["refresh"]?["action"]?["data"]?.DeepClone() as JsonObject ?? throw new InvalidOperationException($"No refresh in {card.ToJsonString()}");
    }

    /// <summary>The Playground's own members API, which the app's roster check asks.</summary>
    private async Task<JsonElement> PlaygroundMemberAsync(TeamsUser user)
    {
        var path = $"/_connector/v3/conversations/{Uri.EscapeDataString(DemoUsers.PersonalChat)}/members/{Uri.EscapeDataString(user.Id)}";
        using var response = await playground.Playground.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + PlaygroundChat.Timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {PlaygroundChat.Timeout} for {what}.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>A deal's probability as the member's card shows it after the amount, e.g. "(50%)".</summary>
    [GeneratedRegex(@"\(\d+\s?%\)")]
    private static partial Regex Probability();
}
