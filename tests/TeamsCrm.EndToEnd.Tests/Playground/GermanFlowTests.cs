namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// The handoff and comment flows phrased in German, from German Teams clients (locale de-DE), answered in German.
/// Megan speaks German before each flow, so her notifications are German whether they follow the sender's language
/// or the recipient's own (her last activity's locale). Her button clicks go out as a German client sends them
/// (the Playground's own invoke API always says en-US). German is asserted by words from the resource files
/// (CardStrings.de.resx, TurnStrings.de.resx), not by whole sentences. Each test uses a deal or account of its own.
/// </summary>
public sealed class GermanFlowTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    private const string German = "de-DE";

    private readonly PlaygroundChat _chat = new(playground);
    private readonly CrmStorage _storage = new(playground);

    [Fact]
    public async Task HandOffInGerman_RecipientAccepts_SenderAnsweredAndToldInGerman()
    {
        const string Deal = "Alpine Pilot";
        await MeganSpeaksGermanAsync();
        var since = _chat.Mark();

        await _chat.SendAsync(DemoUsers.Lukas, $"übergib {Deal} an Megan: sie kennt den Kunden", German);

        var answer = await _chat.WaitForBotAsync(m => BotCards.Says(m, Deal) && BotCards.Json(m).Contains("\"handoff.cancel\"", StringComparison.Ordinal), since);
        Assert.True(BotCards.Says(answer, "Ihre Übergabe", "Übergabe zurückziehen"), BotCards.Text(answer));
        var offer = await _chat.WaitForBotAsync(m => BotCards.Says(m, Deal) && BotCards.Json(m).Contains("\"handoff.accept\"", StringComparison.Ordinal), since);
        Assert.True(BotCards.Says(offer, "Annehmen", "Ablehnen", "sie kennt den Kunden"), BotCards.Text(offer));

        since = _chat.Mark();
        await _chat.SendInvokeAsync(DemoUsers.Megan, offer, "handoff.accept", BotCards.ActionData(offer, "handoff.accept"), German);

        var told = await _chat.WaitForBotAsync(m => !BotCards.SameMessage(m, offer) && BotCards.Says(m, Deal) && BotCards.Text(m).Contains("angenommen", StringComparison.OrdinalIgnoreCase), since, includeUpdates: true);
        Assert.DoesNotContain("accepted", BotCards.Text(told), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DemoUsers.Megan.AadObjectId, await _storage.DealOwnerAsync(Deal));
        Assert.Equal("Accepted", (await _storage.HandoffAsync(Deal)).GetString("Status"));
    }

    [Fact]
    public async Task HandOffInGerman_RecipientDeclinesWithReason_SenderToldReasonInGerman()
    {
        const string Deal = "Humongous Renewal";
        const string Reason = "kein Budget";
        await MeganSpeaksGermanAsync();
        var since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Lukas, $"übergib {Deal} an Megan: sie betreut schon die Versicherung", German);
        var offer = await _chat.WaitForBotAsync(m => BotCards.Says(m, Deal, "Annehmen", "Ablehnen") && BotCards.Json(m).Contains("\"handoff.accept\"", StringComparison.Ordinal), since);

        since = _chat.Mark();
        await _chat.SendInvokeAsync(DemoUsers.Megan, offer, "handoff.decline", BotCards.ActionData(offer, "handoff.decline", ("declineReason", Reason)), German);

        var told = await _chat.WaitForBotAsync(m => !BotCards.SameMessage(m, offer) && BotCards.Says(m, Deal, Reason), since, includeUpdates: true);
        Assert.Contains("abgelehnt", BotCards.Text(told), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("declined", BotCards.Text(told), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DemoUsers.Lukas.AadObjectId, await _storage.DealOwnerAsync(Deal));
        var handoff = await _storage.HandoffAsync(Deal);
        Assert.Equal("Declined", handoff.GetString("Status"));
        Assert.Equal(Reason, handoff.GetString("DeclineReason"));
    }

    [Fact]
    public async Task CommentInGerman_MentionsMegan_GermanAnswerAndGermanNotification()
    {
        const string Said = "bitte anrufen wegen der Kreditlinie";
        await MeganSpeaksGermanAsync();
        var since = _chat.Mark();

        await _chat.SendAsync(DemoUsers.Lukas, $"Kommentar zu Woodgrove: {DemoUsers.Megan.AtTag} {Said}", German, DemoUsers.Megan);

        var answer = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Woodgrove Bank", "Kommentar", "gespeichert"), since);
        Assert.DoesNotContain(Said, BotCards.Text(answer), StringComparison.Ordinal);
        var notified = await _chat.WaitForBotAsync(m => BotCards.Says(m, "Woodgrove Bank", Said), since);
        Assert.True(BotCards.Says(notified, "erwähnt", "Kundenkarte anzeigen"), BotCards.Text(notified));
        var comment = Assert.Single(await _storage.CommentsAsync("Woodgrove Bank"), c => (c.GetString("Text") ?? string.Empty).Contains(Said, StringComparison.Ordinal));
        Assert.Equal(DemoUsers.Lukas.AadObjectId, comment.GetString("AuthorId"));
        Assert.Contains(DemoUsers.Megan.AadObjectId, comment.GetString("Mentions"), StringComparison.Ordinal);
    }

    /// <summary>Megan talks to the bot from a German client (so it knows her 1:1 conversation, and her language).</summary>
    private async Task MeganSpeaksGermanAsync()
    {
        var since = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Megan, "meine Aufgaben", German);
        await _chat.WaitForBotAsync(_ => true, since);
    }
}
