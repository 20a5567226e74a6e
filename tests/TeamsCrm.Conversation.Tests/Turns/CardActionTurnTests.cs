namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>Comments with mentions, stage changes, interactions, tasks, refresh — and tampered data that must change nothing.</summary>
public sealed class CardActionTurnTests
{
    [Fact]
    public async Task CommentByText_WithMentions_NotifiesTheMemberButNotAGuestWhoCannotSeeIt()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(
            world.Megan, "comment on Contoso: <at>Lukas Weber</at> and <at>Pat Reyes</at> please look at the pricing",
            mentions: [TurnWorld.MentionOf(world.Lukas), TurnWorld.MentionOf(world.Pat)]);

        Assert.Contains("Contoso Ltd", Assert.Single(outcome.Replies).Text);
        var comment = Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id)));
        Assert.Equal(CommentVisibility.Internal, comment.Visibility);
        Assert.Equal(2, comment.Mentions.Count);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Lukas.UserId, note.UserId);
        Assert.Equal($"comment:{comment.Id}:{world.Lukas.UserId}", note.OnceKey);
        Assert.Contains("pricing", note.Message.Card!.ToJsonString());
    }

    [Fact]
    public async Task SharedCommentOnASharedAccount_NotifiesTheMentionedGuest_InternalOneDoesNot()
    {
        var world = await TurnWorld.CreateAsync();

        var shared = await world.SayAsync(world.Megan, "comment on Fabrikam Inc (shared): <at>Pat Reyes</at> kickoff confirmed", mentions: [TurnWorld.MentionOf(world.Pat)]);
        var internalOne = await world.SayAsync(world.Megan, "comment on Fabrikam Inc: <at>Pat Reyes</at> margin is thin", mentions: [TurnWorld.MentionOf(world.Pat)]);

        Assert.Equal(world.Pat.UserId, Assert.Single(shared.Notifications).UserId);
        Assert.Empty(internalOne.Notifications);
    }

    [Fact]
    public async Task KommentarAufDeutsch_WirdAufDeutschBestaetigt()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "Kommentar zu Contoso: Kickoff bestätigt", locale: null);

        Assert.Contains("Kommentar", Assert.Single(outcome.Replies).Text);
        Assert.Equal("Kickoff bestätigt", Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id))).Text);
    }

    [Fact]
    public async Task CommentFromTheCard_SavesAndAnswersWithTheRefreshedCard()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.AddComment, TurnWorld.Data(
            (CardFields.AccountId, world.Contoso.Id), (CardFields.CommentText, "Budget approved"), (CardFields.CommentVisibility, "Shared")));

        Assert.Contains("Budget approved", outcome.Card!.ToJsonString());
        Assert.Equal(CommentVisibility.Shared, Assert.Single(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id))).Visibility);
    }

    [Fact]
    public async Task ChangeStage_WithTheCurrentVersion_AnswersWithTheRefreshedCard()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, StageData(world, world.ContosoRenewal.Version!, "Qualified"));

        Assert.Contains("Account owner", outcome.Card!.ToJsonString());
        Assert.Equal(DealStage.Qualified, TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id)).Stage);
    }

    [Fact]
    public async Task ChangeStage_OnADealChangedMeanwhile_AnswersWithTheConflictCardAndTheCurrentStage()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Deals.ChangeStageAsync(world.Lukas, world.Contoso.Id, world.ContosoRenewal.Id, DealStage.Qualified, null));

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, StageData(world, world.ContosoRenewal.Version!, "Proposal"));

        var card = outcome.Card!.ToJsonString();
        Assert.Contains("Changed in the meantime", card);
        Assert.Contains("Qualified", card);
        Assert.Contains(CardVerbs.Refresh, card);
        Assert.Equal(DealStage.Qualified, TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id)).Stage);
        Assert.Empty(outcome.Notifications);
    }

    [Fact]
    public async Task TamperedData_OtherTenantsAccount_MissingFields_WrongTypes_AnswerWithAnErrorAndWriteNothing()
    {
        var world = await TurnWorld.CreateAsync();
        var comment = (string accountId) => TurnWorld.Data((CardFields.AccountId, accountId), (CardFields.CommentText, "tampered"));
        var numberId = new JsonObject { [CardFields.AccountId] = 123, [CardFields.CommentText] = "tampered" };
        var objectText = new JsonObject { [CardFields.AccountId] = world.Contoso.Id, [CardFields.CommentText] = new JsonObject { ["x"] = 1 } };
        var arrayStage = new JsonObject { [CardFields.AccountId] = world.Contoso.Id, [CardFields.DealId] = world.ContosoRenewal.Id, [CardFields.Stage] = new JsonArray(1, 2) };

        var outcomes = new[]
        {
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, comment(world.OtherContoso.Id)),
            await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.OtherContoso.Id))),
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, TurnWorld.Data((CardFields.CommentText, "no account"))),
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, numberId),
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, objectText),
            await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, arrayStage),
            await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, StageData(world, "W/\"bogus\"", "Won") .Also(d => d[CardFields.AccountId] = world.Fabrikam.Id)),
            await world.ClickAsync(world.Megan, CardVerbs.ChangeDealStage, StageData(world, world.ContosoRenewal.Version!, "7")),
            await world.ClickAsync(world.Megan, CardVerbs.AcceptHandoff, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, "../../x"))),
            await world.ClickAsync(world.Megan, CardVerbs.CompleteTask, new JsonObject { [CardFields.AccountId] = world.Contoso.Id, [CardFields.TaskId] = true }),
            await world.ClickAsync(world.Megan, CardVerbs.LogInteraction, TurnWorld.Data((CardFields.AccountId, world.OtherContoso.Id), (CardFields.InteractionSummary, "x"))),
            await world.ClickAsync(world.Megan, "no.such.verb", new JsonObject()),
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id + "|x"), (CardFields.CommentText, "pipe"))),
            await world.ClickAsync(world.Megan, CardVerbs.AddComment, TurnWorld.Data((CardFields.AccountId, "\u0000'; drop"), (CardFields.CommentText, "control"))),
            await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, new string('a', 10_000)))),
            await world.ClickAsync(world.Megan, CardVerbs.AcceptHandoff, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, world.ContosoRenewal.Id + "#"))),
            await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId))),
        };

        Assert.All(outcomes, o => Assert.True(o.Card is not null || o.Text is not null));
        Assert.Contains("Not found", outcomes[0].Card!.ToJsonString());
        Assert.Contains("Not found", outcomes[1].Card!.ToJsonString());
        Assert.Contains("Not found", outcomes[3].Card!.ToJsonString());
        Assert.Contains("Please check your input", outcomes[4].Card!.ToJsonString());
        Assert.Contains("Please check your input", outcomes[5].Card!.ToJsonString());
        Assert.All(outcomes, o => Assert.Empty(o.Notifications));
        Assert.All(outcomes, o => Assert.DoesNotContain("Account owner", o.Card?.ToJsonString() ?? string.Empty));
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id)));
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.OtherTenant, world.OtherContoso.Id)));
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.OtherTenant, world.OtherContoso.Id)).RecentInteractions);
        Assert.Equal(DealStage.New, TurnWorld.Ok(await world.Deals.GetAsync(world.Megan, world.Contoso.Id, world.ContosoRenewal.Id)).Stage);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
    }

    [Fact]
    public async Task StartHandoff_OnADealChangedSinceTheCardWasShown_AnswersWithTheConflictCard()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Deals.ChangeStageAsync(world.Megan, world.Fabrikam.Id, world.FabrikamRollout.Id, DealStage.Qualified, null));
        var data = TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id), (CardFields.HandoffDealId, world.FabrikamRollout.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId));
        data[CardFields.DealVersions] = new JsonObject { [world.FabrikamRollout.Id] = world.FabrikamRollout.Version };

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, data);

        var card = outcome.Card!.ToJsonString();
        Assert.Contains("Changed in the meantime", card);
        Assert.Contains("Qualified", card);
        Assert.Empty(outcome.Notifications);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).Handoffs);
    }

    [Fact]
    public async Task Guest_SeesTheRedactedCard_AndCannotActOutsideTheShare()
    {
        var world = await TurnWorld.CreateAsync();
        await world.SayAsync(world.Megan, "comment on Fabrikam Inc: internal margin note");

        var shown = MessageTurnTests.Single(await world.SayAsync(world.Pat, "show Fabrikam Inc"));
        var contoso = await world.ClickAsync(world.Pat, CardVerbs.AddComment, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.CommentText, "hi")));
        var refresh = await world.ClickAsync(world.Pat, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id)));
        var internalAttempt = await world.ClickAsync(world.Pat, CardVerbs.AddComment, TurnWorld.Data(
            (CardFields.AccountId, world.Fabrikam.Id), (CardFields.CommentText, "from the partner"), (CardFields.CommentVisibility, "Internal")));

        Assert.Contains("Rollout", shown);
        Assert.DoesNotContain("internal margin note", shown);
        Assert.DoesNotContain("Enterprise", shown);
        Assert.DoesNotContain("Renewal 2027", contoso.Card!.ToJsonString());
        Assert.DoesNotContain("Contoso", refresh.Card!.ToJsonString());
        var comments = TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Fabrikam.Id));
        Assert.Equal(CommentVisibility.Shared, comments.Single(c => c.Text == "from the partner").Visibility);
        Assert.Empty(TurnWorld.Ok(await world.Comments.ListAsync(world.Megan, world.Contoso.Id)));
    }

    [Fact]
    public async Task LogInteractionAndRefresh_FromTheCard()
    {
        var world = await TurnWorld.CreateAsync();

        var logged = await world.ClickAsync(world.Megan, CardVerbs.LogInteraction, TurnWorld.Data(
            (CardFields.AccountId, world.Contoso.Id), (CardFields.InteractionChannel, "Meeting"), (CardFields.InteractionDirection, "Inbound"), (CardFields.InteractionSummary, "Quarterly review")));
        var empty = await world.ClickAsync(world.Megan, CardVerbs.LogInteraction, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id)));

        Assert.Contains("Quarterly review", logged.Card!.ToJsonString());
        Assert.DoesNotContain("Account owner", empty.Card!.ToJsonString());
        Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).RecentInteractions);
    }

    [Fact]
    public async Task MyVerbs_AnswerWithTheLists()
    {
        var world = await TurnWorld.CreateAsync();

        var deals = await world.ClickAsync(world.Megan, CardVerbs.ShowMyDeals, new JsonObject(), "de-DE");

        Assert.Contains("Renewal 2027", deals.Card!.ToJsonString());
    }

    private static JsonObject StageData(TurnWorld world, string version, string stage) => TurnWorld.Data(
        (CardFields.AccountId, world.Contoso.Id), (CardFields.DealId, world.ContosoRenewal.Id), (CardFields.DealVersion, version), (CardFields.Stage, stage));
}

internal static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject data, Action<JsonObject> change)
    {
        change(data);
        return data;
    }
}
