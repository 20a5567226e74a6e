namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Comments through the real Agents Playground: by chat with a real Teams mention (the comment is stored with the
/// mention and the mentioned colleague gets a proactive notification) and through the customer card's comment form.
/// Each test comments on an account of its own, so the tests of this class don't depend on their order.
/// </summary>
public sealed class CommentFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private readonly PlaygroundChat _chat = new(playground);
    private readonly CrmStorage _storage = new(playground);

    [Fact]
    public async Task CommentByChat_MentionsMegan_StoredWithMentionAndMeganNotified()
    {
        const string Said = "please call them about the renewal";
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("my tasks");
        await _chat.WaitForBotAsync(_ => true, since);

        since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Lukas, $"comment on Contoso: {DemoUsers.Megan.AtTag} {Said}", locale: null, DemoUsers.Megan);

        var notified = await _chat.WaitForBotAsync(m => BotCards.Says(m, "You were mentioned in a comment", "Contoso Ltd", Said), since);
        Assert.Contains(DemoUsers.Lukas.Name, BotCards.Text(notified), StringComparison.Ordinal);
        Assert.NotNull(BotCards.Action(notified, "account.show"));
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "Your internal comment on Contoso Ltd was saved."), since);

        var comment = Assert.Single(await _storage.CommentsAsync("Contoso Ltd"), c => (c.GetString("Text") ?? string.Empty).Contains(Said, StringComparison.Ordinal));
        Assert.Equal(DemoUsers.Lukas.AadObjectId, comment.GetString("AuthorId"));
        Assert.Equal("Internal", comment.GetString("Visibility"));
        using var mentions = JsonDocument.Parse(comment.GetString("Mentions") ?? "[]");
        var mentioned = Assert.Single(mentions.RootElement.EnumerateArray());
        Assert.Contains(DemoUsers.Megan.AadObjectId, mentioned.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The mention entity exactly as the Playground's client (like Teams) builds it: the Teams id and name, no Entra object id.
    /// The bot looks the member up in the conversation to learn who is meant.
    /// </summary>
    [Fact]
    public async Task CommentByChat_MentionWithTeamsIdOnly_StoredWithMentionAndMeganNotified()
    {
        const string Said = "can you send them the security whitepaper";
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("my handoffs");
        await _chat.WaitForBotAsync(_ => true, since);

        // The mention entity exactly as the Playground's own client builds it: the Teams id and name, no Entra object id.
        since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Lukas, $"comment on Litware: {DemoUsers.Megan.AtTag} {Said}", locale: null, mentionObjectIds: false, DemoUsers.Megan);

        await _chat.WaitForBotAsync(m => BotCards.Says(m, "Your internal comment on Litware Inc was saved."), since);
        var comment = Assert.Single(await _storage.CommentsAsync("Litware Inc"), c => (c.GetString("Text") ?? string.Empty).Contains(Said, StringComparison.Ordinal));
        Assert.Contains(DemoUsers.Megan.AadObjectId, comment.GetString("Mentions"), StringComparison.Ordinal);
        await _chat.WaitForBotAsync(m => BotCards.Says(m, "You were mentioned in a comment", "Litware Inc", Said), since);
    }

    [Fact]
    public async Task CommentByCard_OnCustomerCard_StoredAndShownOnTheAnsweredCard()
    {
        const string Said = "Kickoff moved to Tuesday, agenda follows";
        var since = _chat.Mark();
        await _chat.MeganTypesAsync("show Northwind");
        var card = await _chat.WaitForBotAsync(m => BotCards.Text(m).Contains("Northwind Traders", StringComparison.Ordinal) && BotCards.Json(m).Contains("\"comment.add\"", StringComparison.Ordinal), since);

        var answer = await _chat.InvokeAsync(DemoUsers.Megan, card, "comment.add",
            BotCards.ActionData(card, "comment.add", ("commentText", Said), ("commentVisibility", "Internal")));

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        Assert.Contains(Said, BotCards.InvokeText(answer), StringComparison.Ordinal);
        var comment = Assert.Single(await _storage.CommentsAsync("Northwind Traders"), c => c.GetString("Text") == Said);
        Assert.Equal(DemoUsers.Megan.AadObjectId, comment.GetString("AuthorId"));
        Assert.Equal("Internal", comment.GetString("Visibility"));
    }
}
