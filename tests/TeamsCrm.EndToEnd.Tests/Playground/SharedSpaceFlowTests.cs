namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The one rule for shared spaces through the real Agents Playground. The "Deal desk" group chat holds every user of
/// the Playground configuration, the guest Pat Reyes of Fabrikam Partners too; the Sales team's channel is the other
/// shared space. Megan asks there for an account, her deals, handoffs and tasks, an ambiguous account name and a
/// handoff to an ambiguous person: every frame the Playground broadcasts for that conversation is the name-only shell
/// card or the pointer to her 1:1 chat, and the answers themselves reach her 1:1 chat.
/// </summary>
public sealed class SharedSpaceFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string Channel = "19:contoso-account@thread.tacv2";
    private const string Pointer = "I sent you the answer in our 1:1 chat, because others in this conversation may not see it.";

    private readonly PlaygroundChat _chat = new(playground);
    private readonly CrmStorage _storage = new(playground);

    public static TheoryData<string> SharedConversations => [DemoUsers.GroupChat, Channel];

    [Theory]
    [MemberData(nameof(SharedConversations))]
    public async Task MemberAsksInASharedConversation_NothingPersonalPostedThere_AnswersInHerChat(string conversation)
    {
        var meganDeals = await _storage.OpenDealTitlesAsync(DemoUsers.Megan.AadObjectId);
        Assert.NotEmpty(meganDeals);
        var deal = meganDeals.FirstOrDefault(t => !meganDeals.Any(o => o != t && o.Split(' ').Intersect(t.Split(' ')).Any())) ?? meganDeals[0];
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("help");
        await _chat.WaitForBotAsync(_ => true, since);

        since = _chat.Mark();
        string[] asks = ["show Contoso", "my deals", "my handoffs", "my tasks", "show Toys", $"hand off the {deal} to A"];
        foreach (var ask in asks)
        {
            var before = _chat.Mark();
            await _chat.MeganTypesInAsync(conversation, ask);
            await _chat.WaitForBotInAsync(conversation, _ => true, before);
        }

        // The answers, in Megan's 1:1 chat.
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "My open deals"), since);
        await _chat.WaitForBotAsync(m => BotCards.Text(m).Contains("andoffs", StringComparison.Ordinal) && BotCards.Text(m).Contains("waiting for you", StringComparison.Ordinal), since);
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "My tasks") || BotCards.Says(m, "You have no open tasks."), since);
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "Wingtip Toys", "Tailspin Toys"), since);
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "Adele Vance", "Alex Wilber"), since);
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Everything the Playground broadcast for the shared conversation: the shell card once, else only pointers.
        var posted = playground.Stream.Posts(conversation, m => BotCards.Sender(m) == DemoUsers.BotId, since, includeUpdates: true).Select(f => f.GetProperty("message")).ToList();
        Assert.Equal(asks.Length, posted.Count);
        var secrets = meganDeals.Concat(["Adele Vance", "Alex Wilber", "Wingtip Toys", "Tailspin Toys", "€", "FactSet", "Input.", "Renewal"]).ToList();
        foreach (var message in posted)
        {
            var everything = BotCards.Text(message) + BotCards.Json(message);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
            Assert.True(IsPointer(message) || IsShell(message, "Contoso Ltd"), everything);
        }

        Assert.Single(posted, m => IsShell(m, "Contoso Ltd"));
    }

    [Fact]
    public async Task DealDeskGroupChat_Members_IncludeTheGuest()
    {
        // What the bot itself would read (the connector's member list): the guest reads the group chat too.
        using var response = await playground.Playground.GetAsync($"/_connector/v3/conversations/{Uri.EscapeDataString(DemoUsers.GroupChat)}/pagedmembers");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} {body}{playground.Diagnostics}");
        Assert.Contains("Pat Reyes", body, StringComparison.Ordinal);
    }

    private static bool IsPointer(JsonElement message) =>
        message.TryGetProperty("text", out var text) && text.GetString() == Pointer && BotCards.Json(message) is "" or "[]";

    /// <summary>The name-only shell: the account's name and a refresh, nothing else of the record.</summary>
    private static bool IsShell(JsonElement message, string accountName) =>
        BotCards.Json(message).Contains("card.refresh", StringComparison.Ordinal) && BotCards.Says(message, accountName);
}
