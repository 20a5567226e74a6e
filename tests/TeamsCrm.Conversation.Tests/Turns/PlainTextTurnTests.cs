namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// Markdown, link, image, HTML and "&lt;at&gt;" injections typed into account and deal names, contact names, comments,
/// interaction summaries, handoff notes and decline reasons show literally in every card that carries them: every
/// markdown field of every card is rendered with markdown-it (<see cref="MarkdownRenderer"/>, CommonMark with HTML off
/// and on, linkify on) and shows nothing active and the typed text; every such card passes the official adaptivecards
/// validation.
/// </summary>
public sealed class PlainTextTurnTests
{
    public static readonly string[] Injections =
    [
        "[Invoice – sign in](https://evil.example)",
        "![x](https://evil.example/a.png)",
        "**bold**",
        "<b>x</b>",
        "<at>Megan Bowen</at>",
        "_x_",
        "# h",
        "- list",
        "https://evil.example/login",
        "1. first &amp; `code` ~~gone~~ > quote",
    ];

    [Fact]
    public async Task Injections_EveryCardShowsThemLiterally_AndPassesTheValidator()
    {
        var world = await TurnWorld.CreateAsync();
        var cards = new Dictionary<string, JsonObject>();
        var expectations = new List<(string Card, string Literal)>();
        for (var i = 0; i < Injections.Length; i++)
        {
            var typed = Injections[i];
            var literal = CardFormat.Defuse(typed);
            var account = await world.AccountAsync(world.Megan, typed);
            var deal = await world.DealAsync(world.Megan, account, typed, 1000m + i);
            TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, account.Id, new ContactInput(typed, "Reyes"), true));
            var comment = TurnWorld.Ok(await world.Comments.AddAsync(world.Megan, account.Id, new CommentInput(typed, [world.Lukas.AsPerson()], CommentVisibility.Internal)));
            TurnWorld.Ok(await world.Interactions.LogAsync(world.Megan, account.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, typed)));

            var started = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, TurnWorld.Data(
                (CardFields.AccountId, account.Id), (CardFields.HandoffDealId, deal.Id!), (CardFields.HandoffRecipientId, world.Lukas.UserId), (CardFields.HandoffNote, typed)));
            var handoff = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, account.Id)).Handoffs.Single();
            var customer = await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, account.Id)));
            var waiting = await world.SayAsync(world.Lukas, "my handoffs");
            var declined = await world.ClickAsync(world.Lukas, CardVerbs.DeclineHandoff, TurnWorld.Data(
                (CardFields.AccountId, account.Id), (CardFields.HandoffId, handoff.Id), (CardFields.DeclineReason, typed)));

            cards[$"i{i}.sender"] = started.Card!;
            cards[$"i{i}.offer"] = Assert.Single(started.Notifications).Message.Card!;
            cards[$"i{i}.customer"] = customer.Card!;
            cards[$"i{i}.waiting"] = Assert.Single(waiting.Replies).Card!;
            cards[$"i{i}.declined"] = declined.Card!;
            cards[$"i{i}.declined-told"] = Assert.Single(declined.Notifications).Message.Card!;
            cards[$"i{i}.comment-told"] = CommentNotificationCardBuilder.Build(comment, account.Name, CardContext.English);
            foreach (var card in new[] { "sender", "offer", "customer", "declined", "declined-told" })
            {
                expectations.Add(($"i{i}.{card}", literal));
            }

            expectations.Add(($"i{i}.comment-told", literal));
        }

        cards["mydeals"] = Assert.Single((await world.SayAsync(world.Megan, "my deals")).Replies).Card!;
        expectations.AddRange(Injections.Select(typed => ("mydeals", CardFormat.Defuse(typed))));

        var fields = cards.SelectMany(c => CardMarkdownFields.Fields(c.Value).Select(f => (Id: $"{c.Key} {f.Path}", Card: c.Key, Text: WithoutMentions(f.Raw, c.Value)))).ToList();
        var rendered = MarkdownRenderer.Render(fields.ToDictionary(f => f.Id, f => f.Text));
        Assert.All(rendered, r => Assert.All(r.Value, rendering => Assert.True(MarkdownRenderer.Active(rendering) is null, $"{r.Key}: {MarkdownRenderer.Active(rendering)}")));

        foreach (var (name, literal) in expectations)
        {
            foreach (var host in rendered.First().Value.Select(r => r.Host))
            {
                var shown = fields.Where(f => f.Card == name).Select(f => rendered[f.Id].Single(r => r.Host == host).Text).ToList();
                Assert.True(shown.Any(s => s.Contains(literal, StringComparison.Ordinal)), $"{name} ({host}) does not show \"{literal}\": {string.Join(" | ", shown)}");
            }
        }

        var folder = CardValidator.NewFolder("injections");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name, card);
        }

        var results = CardValidator.Validate(folder);
        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Events.Count == 0, $"{r.File}: {string.Join("; ", r.Events.Select(e => e.Message))}"));
    }

    [Fact]
    public async Task TextReplies_RecordNameWithMarkdown_EscapedInTheMarkdownText()
    {
        var world = await TurnWorld.CreateAsync();
        await world.AccountAsync(world.Megan, "**Bold** [Invoice](https://evil.example) Corp");

        var outcome = await world.SayAsync(world.Megan, "comment on Bold Invoice Corp: kickoff confirmed");

        var text = Assert.Single(outcome.Replies).Text!;
        var renderings = MarkdownRenderer.Render(new Dictionary<string, string> { ["reply"] = text })["reply"];
        Assert.All(renderings, r => Assert.Null(MarkdownRenderer.Active(r)));
        Assert.All(renderings, r => Assert.Contains("**Bold** [Invoice](https://evil.example) Corp", r.Text, StringComparison.Ordinal));
    }

    /// <summary>The card's own mention tags (the host renders them as mentions, not markdown) replaced by a placeholder.</summary>
    private static string WithoutMentions(string raw, JsonObject card) =>
        CardMarkdownFields.MentionTags(card).Aggregate(raw, (text, tag) => text.Replace(tag, "\uE000", StringComparison.Ordinal));
}
