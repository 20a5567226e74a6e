namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class OtherCardBuilderTests
{
    private static readonly AccountSearchHit[] Hits = [.. Enumerable.Range(1, 7).Select(i => new AccountSearchHit($"id-{i}", $"Contoso {i}", null, null))];

    [Fact]
    public void BuildChoice_SevenMatches_OffersFiveShowActions()
    {
        var card = AccountChoiceCardBuilder.BuildChoice("contoso", Hits, CardContext.English);
        var ids = CardJson.Executes(card).Select(e => e["data"]![CardFields.AccountId]!.GetValue<string>());

        Assert.Equal(["id-1", "id-2", "id-3", "id-4", "id-5"], ids);
        Assert.All(CardJson.Executes(card), e => Assert.Equal(CardVerbs.ShowAccount, e["verb"]!.GetValue<string>()));
        Assert.Contains("2 more match", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildNoMatch_NoSuggestions_ExplainsWhatToDo()
    {
        var text = CardJson.AllText(AccountChoiceCardBuilder.BuildNoMatch("xyzzy", [], CardContext.German));

        Assert.Contains("keinen Kunden namens „xyzzy“", text, StringComparison.Ordinal);
        Assert.Contains("neuer Lead", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildNoMatch_CallerMayNotCreateAccounts_OnlyAsksToCheckTheSpelling()
    {
        var text = CardJson.AllText(AccountChoiceCardBuilder.BuildNoMatch("xyzzy", [], CardContext.German, canCreateAccounts: false));

        Assert.Contains("Prüfen Sie die Schreibweise.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("neuer Lead", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", false, new[] { "show Contoso", "my deals", "my handoffs", "my tasks", "hand off … to …", "comment on …:", "log call with …:", "new lead", "help" })]
    [InlineData("de-DE", false, new[] { "zeig Contoso", "meine Deals", "meine Übergaben", "meine Aufgaben", "übergib … an …", "kommentiere …:", "Anruf mit …:", "neuer Lead", "hilfe" })]
    [InlineData("de-DE", true, new[] { "zeig Contoso", "meine Deals", "meine Übergaben", "kommentiere …:", "hilfe" })]
    public void Build_Help_ListsTheExactCommandWords(string locale, bool guest, string[] commands)
    {
        var card = HelpCardBuilder.Build(CardContext.ForLocale(locale), forGuest: guest);
        var texts = CardJson.OfType(card, "TextBlock").Select(t => t["text"]!.GetValue<string>()).ToArray();

        Assert.All(commands, c => Assert.Contains(c, texts));
        Assert.Equal(commands.Length, CardJson.OfType(card, "TextBlock").Count(t => t["color"]?.GetValue<string>() == "Accent"));
    }

    [Fact]
    public void Build_ConflictOnDeal_ShowsCurrentStageOwnerAndRefresh()
    {
        var deal = CardSamples.Deal("d1", "Retrofit line 3", DealStage.Negotiation) with { Owner = CardSamples.OtherMember.AsPerson() };
        var card = ErrorCardBuilder.Build(CrmError.Conflict(deal), CardContext.German);
        var text = CardJson.AllText(card);

        Assert.Contains("Inzwischen geändert", text, StringComparison.Ordinal);
        Assert.Contains("Verhandlung", text, StringComparison.Ordinal);
        Assert.Contains("Max Müller", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardSamples.DealSource, CardValidator.Serialize(card), StringComparison.Ordinal);
        var refresh = Assert.Single(CardJson.Executes(card));
        Assert.Equal(CardVerbs.Refresh, refresh["verb"]!.GetValue<string>());
        Assert.Equal(CardSamples.AccountId, refresh["data"]![CardFields.AccountId]!.GetValue<string>());
    }

    [Fact]
    public void Build_NotFound_UsesCoreMessageWithoutRefresh()
    {
        var card = ErrorCardBuilder.Build(CrmError.NotFound(), CardContext.English, CardSamples.AccountId);

        Assert.Contains(CrmMessages.Get(ErrorCodes.NotFound, CardContext.English.Culture), CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardJson.Executes(card));
    }

    [Fact]
    public void CreateLead_ForAccount_SubmitsLeadCreateWithAccountId()
    {
        var card = DialogCardBuilder.CreateLead(CardContext.English, new LeadDraft(CardSamples.AccountId, "Müller"));
        var submit = Assert.Single(CardJson.OfType(card, "Action.Submit"));

        Assert.Equal(CardVerbs.CreateLead, submit["data"]!["verb"]!.GetValue<string>());
        Assert.Equal(CardSamples.AccountId, submit["data"]![CardFields.LeadAccountId]!.GetValue<string>());
        Assert.DoesNotContain(CardJson.Objects(card), o => o["id"]?.GetValue<string>() == CardFields.LeadAccountName);
    }

    [Fact]
    public void CreateContact_AfterInvalidSubmit_ShowsErrorAndKeepsValues()
    {
        var card = DialogCardBuilder.CreateContact(CardSamples.AccountId, "Müller", CardContext.German, new ContactInput("Anna", "Schmidt", Email: "anna@"), CardCatalogue.InvalidTitle);
        var text = CardJson.AllText(card);

        Assert.Contains("Einige Eingaben sind ungültig", text, StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(card, "Input.Text"), i => i["id"]!.GetValue<string>() == CardFields.ContactEmail && i["value"]!.GetValue<string>() == "anna@");
    }

    [Fact]
    public void ForAccount_Duplicate_OffersUseThisAndCreateAnyway()
    {
        var card = DuplicateCardBuilder.ForAccount(new AccountInput("Mueller", Industry: "Engineering"), Hits[..2], CardContext.English);
        var submits = CardJson.OfType(card, "Action.Submit").Select(s => s["data"]!).ToArray();

        Assert.Equal(2, submits.Count(d => d["verb"]!.GetValue<string>() == CardVerbs.UseExistingAccount));
        var again = Assert.Single(submits, d => d["verb"]!.GetValue<string>() == CardVerbs.CreateAccount);
        Assert.Equal("true", again[CardFields.AllowSimilar]!.GetValue<string>());
        Assert.Equal("Mueller", again[CardFields.AccountName]!.GetValue<string>());
    }

    [Fact]
    public void OpenDialogAction_Lead_IsTaskFetchSubmit()
    {
        var action = DialogCardBuilder.OpenDialogAction("New lead", DialogKind.Lead, CardSamples.AccountId);

        Assert.Equal("Action.Submit", action["type"]!.GetValue<string>());
        Assert.Equal("task/fetch", action["data"]!["msteams"]!["type"]!.GetValue<string>());
        Assert.Equal("Lead", action["data"]![CardFields.Dialog]!.GetValue<string>());
        Assert.Equal(CardVerbs.OpenDialog, action["data"]!["verb"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(DialogKind.Lead, "de-DE", "Neuer Lead")]
    [InlineData(DialogKind.Account, "en-US", "New account")]
    [InlineData(DialogKind.Contact, "de-DE", "Neuer Kontakt")]
    public void TitleFor_Kind_IsLocalised(DialogKind kind, string locale, string expected)
    {
        Assert.Equal(expected, DialogCardBuilder.TitleFor(kind, CardContext.ForLocale(locale)));
    }

    [Fact]
    public void OpenDealsHandoffsTasks_Empty_ShowEmptyStates()
    {
        Assert.Contains("You have no open deals.", CardJson.AllText(MyWorkCardBuilder.OpenDeals([], CardContext.English)), StringComparison.Ordinal);
        Assert.Contains("Es warten keine Übergaben auf Sie.", CardJson.AllText(MyWorkCardBuilder.HandoffsWaiting([], CardContext.German)), StringComparison.Ordinal);
        Assert.Contains("Sie haben keine offenen Aufgaben.", CardJson.AllText(MyWorkCardBuilder.Tasks([], CardContext.German)), StringComparison.Ordinal);
    }

    [Fact]
    public void CommentNotification_Mention_NamesAuthorAccountAndOpensCard()
    {
        var comment = CardSamples.NewComment("k1", null, Core.Comments.CommentVisibility.Internal, "Please call them", [CardSamples.OtherMember.AsPerson()]);
        var card = CommentNotificationCardBuilder.Build(comment, "Müller Maschinenbau GmbH", CardContext.English);
        var open = Assert.Single(CardJson.Executes(card));

        Assert.Contains("<at>Mia Member</at> commented on Müller Maschinenbau GmbH", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Equal(CardVerbs.ShowAccount, open["verb"]!.GetValue<string>());
        Assert.Equal(CardSamples.AccountId, open["data"]![CardFields.AccountId]!.GetValue<string>());
    }
}
