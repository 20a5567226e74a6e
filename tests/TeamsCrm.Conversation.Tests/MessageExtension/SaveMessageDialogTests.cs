using TeamsCrm.Conversation.MessageExtension;

namespace TeamsCrm.Conversation.Tests.MessageExtension;

/// <summary>
/// "Save to CRM" on a chat message against Azurite on the real use cases: the dialog prefilled from the message as
/// Teams sends it (HTML, long text), each kind of save with the message's origin, and the guest's limits — an
/// unshared account is "not found" and nothing is written.
/// </summary>
public sealed class SaveMessageDialogTests(ITestOutputHelper output)
{
    private const string Link = "https://teams.microsoft.com/l/message/19:abc@thread.v2/1733390000000";

    private static readonly MessageToSave Html = new(
        "<p>Budget &amp; timeline <b>approved</b></p><p>Next step:<br>send the offer</p>", true, "Adele Vance", new DateTimeOffset(2026, 11, 30, 8, 15, 0, TimeSpan.Zero), Link);

    [Fact]
    public void Fetch_HtmlMessage_TextAuthorAndTimePrefilled()
    {
        var outcome = SaveMessageDialog.Fetch(Member(), Html, "en-US");

        Assert.Equal("Save to CRM", outcome.Title);
        Assert.Equal("Budget & timeline approved\nNext step:\nsend the offer", Input(outcome.Card!, SaveFields.Text)!["value"]!.GetValue<string>());
        Assert.Contains("Message from Adele Vance", outcome.Card!.ToJsonString(), StringComparison.Ordinal);
        var submit = SubmitData(outcome.Card!);
        Assert.Equal("2026-11-30 08:15 UTC", submit[SaveFields.SentAt]!.GetValue<string>());
        Assert.Equal(Link, submit[SaveFields.Link]!.GetValue<string>());
    }

    [Fact]
    public void Fetch_MessageLongerThanTheLimit_CutWithANote()
    {
        var outcome = SaveMessageDialog.Fetch(Member(), new MessageToSave(new string('a', 9000), false, null, null, null), "de-DE");

        Assert.Equal(MessageText.Limit, Input(outcome.Card!, SaveFields.Text)!["value"]!.GetValue<string>().Length);
        Assert.Contains(outcome.Card!["body"]!.AsArray(), e => e?["text"]?.GetValue<string>() == "Die Nachricht hat 9000 Zeichen; die ersten 7000 werden übernommen.");
    }

    [Fact]
    public void Fetch_Guest_OffersOnlyASharedComment()
    {
        var outcome = SaveMessageDialog.Fetch(new Caller("t", "g", "Pat", CallerRole.Guest, "org"), Html, "en-US");

        Assert.Null(Input(outcome.Card!, SaveFields.Kind));
        Assert.Equal(nameof(SaveKind.SharedComment), SubmitData(outcome.Card!)[SaveFields.Kind]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitAsync_InternalComment_SavedWithTheMessagesOrigin()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, Data("Contoso", SaveKind.InternalComment), "en-US", default);

        Assert.Equal("Saved as an internal comment on Contoso Ltd.", outcome.Message);
        var comment = Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items);
        Assert.Equal(CommentVisibility.Internal, comment.Visibility);
        Assert.Equal("Budget approved\n\nFrom a Teams message · Adele Vance · 2026-11-30 08:15 UTC · " + Link, comment.Text);
    }

    [Fact]
    public async Task SubmitAsync_Interaction_LoggedAsTeamsChatAtTheMessagesTime()
    {
        var world = await TurnWorld.CreateAsync();
        var data = Data("Contoso", SaveKind.Interaction);
        data[SaveFields.Direction] = "Outbound";

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, data, "de-DE", default);

        Assert.Equal("Als Teams-Chat mit Contoso Ltd protokolliert.", outcome.Message);
        var logged = Assert.Single(TurnWorld.Ok(await world.Interactions.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items);
        Assert.Equal((TeamsCrm.Core.Interactions.InteractionChannel.Teams, TeamsCrm.Core.Interactions.InteractionDirection.Outbound), (logged.Channel, logged.Direction));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 15, 0, TimeSpan.Zero), logged.OccurredAt);
        Assert.StartsWith("Budget approved", logged.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_Lead_NewDealWithTheMessageAsItsFirstComment()
    {
        var world = await TurnWorld.CreateAsync();
        var data = Data("Müller", SaveKind.Lead);
        data[SaveFields.LeadTitle] = "Spare parts 2027";

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, data, "en-US", default);

        Assert.Equal("Created a new lead on Müller Maschinenbau GmbH, with the message as its first comment.", outcome.Message);
        var lead = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Lukas, world.Mueller.Id)).OpenDeals);
        Assert.Equal("Spare parts 2027", lead.Title);
        var comment = Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Lukas, world.Mueller.Id, new PageRequest())).Items);
        Assert.Equal(lead.Id, comment.DealId);
    }

    [Fact]
    public async Task SubmitAsync_GuestNamesAnUnsharedAccount_NotFoundAndNothingWritten()
    {
        var world = await TurnWorld.CreateAsync();
        var byName = Data("Contoso", SaveKind.SharedComment);
        var byId = Data("", SaveKind.SharedComment);
        byId[SaveFields.AccountId] = world.Contoso.Id;

        var named = await world.SaveDialog.SubmitAsync(world.Pat, byName, "en-US", default);
        var forged = await world.SaveDialog.SubmitAsync(world.Pat, byId, "en-US", default);

        Assert.Null(named.Message);
        Assert.Null(forged.Message);
        Assert.Contains(CrmMessages.Describe(CrmError.NotFound(), CultureInfo.GetCultureInfo("en-US")), forged.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_GuestAsksForAnInternalCommentOrAnInteraction_SharedCommentOrRefused()
    {
        var world = await TurnWorld.CreateAsync();

        var comment = await world.SaveDialog.SubmitAsync(world.Pat, Data("Fabrikam Inc", SaveKind.InternalComment), "en-US", default);
        var interaction = await world.SaveDialog.SubmitAsync(world.Pat, Data("Fabrikam Inc", SaveKind.Interaction), "en-US", default);

        Assert.Equal("Saved as a comment on Fabrikam Inc, shared with partners.", comment.Message);
        Assert.Equal(CommentVisibility.Shared, Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Fabrikam.Id, new PageRequest())).Items).Visibility);
        Assert.Null(interaction.Message);
        Assert.NotNull(interaction.Card);
        Assert.Empty(TurnWorld.Ok(await world.Interactions.ListAsync(world.Megan, world.Fabrikam.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_NoTextOrAnUnclearAccount_FormAgainWithTheErrorOrTheChoices()
    {
        var world = await TurnWorld.CreateAsync();
        var empty = Data("Contoso", SaveKind.InternalComment);
        empty[SaveFields.Text] = "   ";

        var noText = await world.SaveDialog.SubmitAsync(world.Lukas, empty, "en-US", default);
        var unclear = await world.SaveDialog.SubmitAsync(world.Lukas, Data("Fabrikam", SaveKind.InternalComment), "en-US", default);

        Assert.NotNull(noText.Card);
        Assert.NotNull(Input(unclear.Card!, SaveFields.AccountId));
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Fabrikam.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_OnADealNotYetChosen_AsksWhichOfTheAccountsDealsAndWritesNothing()
    {
        var world = await TurnWorld.CreateAsync();
        var expansion = await world.DealAsync(world.Megan, world.Contoso, "Expansion", 1000m);
        var data = Data("Contoso", SaveKind.InternalComment);
        data[SaveFields.OnDeal] = "true";

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, data, "en-US", default);

        Assert.Null(outcome.Message);
        var choices = Input(outcome.Card!, SaveFields.DealId)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToArray();
        Assert.Equal([expansion.Id, world.ContosoRenewal.Id], choices);
        Assert.Equal(world.Contoso.Id, SubmitData(outcome.Card!)[SaveFields.AccountId]!.GetValue<string>());
        Assert.Contains("Account: Contoso Ltd", outcome.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_OnAChosenDeal_CommentOnThatDeal()
    {
        var world = await TurnWorld.CreateAsync();
        var data = OnDeal(world.Contoso.Id, world.ContosoRenewal.Id, SaveKind.InternalComment);

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, data, "de-DE", default);

        Assert.Equal("Als interner Kommentar bei Contoso Ltd gespeichert. Am Deal „Renewal 2027“.", outcome.Message);
        Assert.Equal(world.ContosoRenewal.Id, Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items).DealId);
    }

    [Fact]
    public async Task SubmitAsync_GuestOnADeal_OnlySharedDealsOfferedAndAnUnsharedOneNotFound()
    {
        var world = await TurnWorld.CreateAsync();
        var northwind = await world.AccountAsync(world.Megan, "Northwind Traders");
        var pilot = await world.DealAsync(world.Megan, northwind, "Pilot", 1000m);
        var secret = await world.DealAsync(world.Megan, northwind, "Secret expansion", 90000m);
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, northwind.Id, TurnWorld.PartnerOrg, ShareLevel.Edit, pilot.Id));
        var ask = Data("Northwind Traders", SaveKind.SharedComment);
        ask[SaveFields.OnDeal] = "true";

        var asked = await world.SaveDialog.SubmitAsync(world.Pat, ask, "en-US", default);
        var forged = await world.SaveDialog.SubmitAsync(world.Pat, OnDeal(northwind.Id, secret.Id, SaveKind.SharedComment), "en-US", default);

        Assert.Equal([pilot.Id], Input(asked.Card!, SaveFields.DealId)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.DoesNotContain("Secret", asked.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(forged.Message);
        Assert.Contains(CrmMessages.Describe(CrmError.NotFound(), CultureInfo.GetCultureInfo("en-US")), forged.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, northwind.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_AccountWithoutDealsOnADeal_FormSaysSoAndWritesNothing()
    {
        var world = await TurnWorld.CreateAsync();
        var data = Data("Müller Maschinenbau", SaveKind.InternalComment);
        data[SaveFields.OnDeal] = "true";

        var outcome = await world.SaveDialog.SubmitAsync(world.Lukas, data, "en-US", default);

        Assert.Null(Input(outcome.Card!, SaveFields.DealId));
        Assert.Contains("Müller Maschinenbau GmbH has no deal you can see.", outcome.Card!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Mueller.Id, new PageRequest())).Items);
    }

    [Fact]
    public async Task SubmitAsync_PostChosen_SavedAndAnsweredWithTheRecordsNameOnlyCard()
    {
        var world = await TurnWorld.CreateAsync();
        var onAccount = Data("Contoso", SaveKind.InternalComment);
        onAccount[SaveFields.Post] = "true";
        var onDeal = OnDeal(world.Contoso.Id, world.ContosoRenewal.Id, SaveKind.InternalComment);
        onDeal[SaveFields.Post] = "true";

        var account = await world.SaveDialog.SubmitAsync(world.Lukas, onAccount, "en-US", default);
        var deal = await world.SaveDialog.SubmitAsync(world.Lukas, onDeal, "en-US", default);

        Assert.Null(account.Message);
        Assert.Equal("Contoso Ltd", account.Insert!.Title);
        Assert.Equal("Renewal 2027", deal.Insert!.Title);
        Assert.Equal("Deal of Contoso Ltd", deal.Insert.Card["body"]![1]!["text"]!.GetValue<string>());
        foreach (var card in new[] { account.Insert.Card, deal.Insert.Card })
        {
            var json = card.ToJsonString();
            Assert.Equal(world.Contoso.Id, card["refresh"]!["action"]!["data"]![CardFields.AccountId]!.GetValue<string>());
            Assert.DoesNotContain("48000", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Budget approved", json, StringComparison.Ordinal);
        }

        Assert.Equal(2, TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id, new PageRequest())).Items.Count);
    }

    [Fact]
    public async Task DialogCards_MemberGuestErrorsBothLanguages_ValidWithTheAdaptiveCardsLibrary()
    {
        var world = await TurnWorld.CreateAsync();
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            cards[$"member-{locale}"] = SaveMessageDialog.Fetch(world.Lukas, Html, locale).Card!;
            cards[$"guest-{locale}"] = SaveMessageDialog.Fetch(world.Pat, Html, locale).Card!;
            cards[$"long-{locale}"] = SaveMessageDialog.Fetch(world.Lukas, new MessageToSave(new string('x', 9000), false, "A", null, null), locale).Card!;
            cards[$"choices-{locale}"] = (await world.SaveDialog.SubmitAsync(world.Lukas, Data("Fabrikam", SaveKind.InternalComment), locale, default)).Card!;
            cards[$"refused-{locale}"] = (await world.SaveDialog.SubmitAsync(world.Pat, Data("Fabrikam Inc", SaveKind.Interaction), locale, default)).Card!;
            var askDeal = Data("Contoso", SaveKind.InternalComment);
            askDeal[SaveFields.OnDeal] = "true";
            cards[$"deal-choice-{locale}"] = (await world.SaveDialog.SubmitAsync(world.Lukas, askDeal, locale, default)).Card!;
            askDeal[SaveFields.AccountName] = "Müller Maschinenbau";
            cards[$"no-deal-{locale}"] = (await world.SaveDialog.SubmitAsync(world.Lukas, askDeal, locale, default)).Card!;
            var post = OnDeal(world.Contoso.Id, world.ContosoRenewal.Id, SaveKind.InternalComment);
            post[SaveFields.Post] = "true";
            cards[$"posted-{locale}"] = (await world.SaveDialog.SubmitAsync(world.Lukas, post, locale, default)).Insert!.Card;
        }

        var folder = CardValidator.NewFolder("save");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name, card);
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine(string.Join(Environment.NewLine, events));
        Assert.Equal(cards.Count, results.Count);
        Assert.Empty(events);
    }

    private static Caller Member() => new("t", "m", "Megan", CallerRole.Member);

    private static JsonObject Data(string account, SaveKind kind) => new()
    {
        [SaveFields.AccountName] = account,
        [SaveFields.Kind] = kind.ToString(),
        [SaveFields.Text] = "Budget approved",
        [SaveFields.Author] = "Adele Vance",
        [SaveFields.SentAt] = "2026-11-30 08:15 UTC",
        [SaveFields.Link] = Link,
    };

    private static JsonObject OnDeal(string accountId, string dealId, SaveKind kind)
    {
        var data = Data("", kind);
        data[SaveFields.AccountId] = accountId;
        data[SaveFields.DealId] = dealId;
        data[SaveFields.OnDeal] = "true";
        return data;
    }

    private static JsonObject? Input(JsonObject card, string id) =>
        card["body"]!.AsArray().OfType<JsonObject>().FirstOrDefault(e => e["id"]?.GetValue<string>() == id);

    private static JsonObject SubmitData(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Last(e => e["type"]!.GetValue<string>() == "ActionSet")["actions"]![0]!["data"]!.AsObject();
}
