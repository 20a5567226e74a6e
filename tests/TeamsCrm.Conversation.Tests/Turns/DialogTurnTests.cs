namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>task/fetch and task/submit: forms, validation errors, duplicate suggestions, create anyway; task.complete.</summary>
public sealed class DialogTurnTests
{
    [Fact]
    public async Task FetchLead_ForAnAccount_ShowsTheFormWithTheAccount()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.Conversation.FetchDialogAsync(world.Megan, TurnWorld.Data((CardFields.Dialog, "Lead"), (CardFields.AccountId, world.Contoso.Id)), "de-DE");

        Assert.NotNull(outcome.Title);
        Assert.Contains("Contoso Ltd", outcome.Card!.ToJsonString());
        Assert.Contains(CardVerbs.CreateLead, outcome.Card.ToJsonString());
    }

    [Fact]
    public async Task Fetch_TamperedOrForbidden_AnswersWithAnErrorCard()
    {
        var world = await TurnWorld.CreateAsync();

        var otherTenant = await world.Conversation.FetchDialogAsync(world.Megan, TurnWorld.Data((CardFields.Dialog, "Contact"), (CardFields.AccountId, world.OtherContoso.Id)), "en-US");
        var unknown = await world.Conversation.FetchDialogAsync(world.Megan, new JsonObject { [CardFields.Dialog] = 2 }, "en-US");
        var guestAccount = await world.Conversation.FetchDialogAsync(world.Pat, TurnWorld.Data((CardFields.Dialog, "Account")), "en-US");
        var guestContact = await world.Conversation.FetchDialogAsync(world.Pat, TurnWorld.Data((CardFields.Dialog, "Contact"), (CardFields.AccountId, world.Fabrikam.Id)), "en-US");
        var guestContactSubmit = await world.Conversation.SubmitDialogAsync(world.Pat, TurnWorld.Data(
            ("verb", CardVerbs.CreateContact), (CardFields.AccountId, world.Fabrikam.Id), (CardFields.ContactFirstName, "Eve"), (CardFields.ContactLastName, "Guest")), "en-US");

        Assert.Contains("Not found", otherTenant.Card!.ToJsonString());
        Assert.Contains("Please check your input", unknown.Card!.ToJsonString());
        Assert.DoesNotContain(CardVerbs.CreateAccount, guestAccount.Card!.ToJsonString());
        Assert.DoesNotContain(CardVerbs.CreateContact, guestContact.Card!.ToJsonString());
        Assert.Null(guestContactSubmit.Message);
        Assert.Equal(0, TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Fabrikam.Id)).ContactCount);
    }

    [Fact]
    public async Task SubmitLead_CreatesTheDeal_AndAnInvalidOneShowsTheFormAgain()
    {
        var world = await TurnWorld.CreateAsync();

        var missingTitle = await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(
            ("verb", CardVerbs.CreateLead), (CardFields.LeadAccountId, world.Contoso.Id), (CardFields.LeadAmount, "1000")), "en-US");
        var created = await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(
            ("verb", CardVerbs.CreateLead), (CardFields.LeadAccountName, "contso"), (CardFields.LeadTitle, "Pilot"), (CardFields.LeadAmount, "2500.50"),
            (CardFields.LeadCurrency, "USD"), (CardFields.LeadCloseDate, "2027-03-31")), "en-US");

        Assert.Contains(CardVerbs.CreateLead, missingTitle.Card!.ToJsonString());
        Assert.Null(missingTitle.Message);
        Assert.Null(created.Card);
        Assert.Contains("Pilot", created.Message);
        var card = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id));
        var pilot = Assert.Single(card.OpenDeals, d => d.Title == "Pilot");
        Assert.Equal(2500.50m, pilot.Amount);
        Assert.Equal("USD", pilot.Currency);
    }

    [Fact]
    public async Task SubmitAccount_SimilarName_SuggestsTheDuplicate_ThenCreatesAnyway()
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data(("verb", CardVerbs.CreateAccount), (CardFields.AccountName, "Contoso"), (CardFields.AccountLegalForm, "GmbH"), (CardFields.AccountCity, "Berlin"));

        var suggested = await world.Conversation.SubmitDialogAsync(world.Megan, data, "en-US");
        data[CardFields.AllowSimilar] = "true";
        var created = await world.Conversation.SubmitDialogAsync(world.Megan, data, "en-US");

        var json = suggested.Card!.ToJsonString();
        Assert.Contains(world.Contoso.Id, json);
        Assert.Contains(CardVerbs.UseExistingAccount, json);
        Assert.Contains("Contoso", created.Message);
    }

    [Fact]
    public async Task SubmitContact_Duplicate_ThenUseExisting_ShowsTheCustomerCard()
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data(("verb", CardVerbs.CreateContact), (CardFields.AccountId, world.Contoso.Id), (CardFields.ContactFirstName, "Anna"), (CardFields.ContactLastName, "Schmidt"), (CardFields.ContactEmail, "anna@contoso.example"));

        var first = await world.Conversation.SubmitDialogAsync(world.Megan, data, "de-DE");
        var again = await world.Conversation.SubmitDialogAsync(world.Megan, data, "de-DE");
        var existing = await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(("verb", CardVerbs.UseExistingContact), (CardFields.AccountId, world.Contoso.Id)), "de-DE");
        var badEmail = await world.Conversation.SubmitDialogAsync(world.Megan, TurnWorld.Data(
            ("verb", CardVerbs.CreateContact), (CardFields.AccountId, world.Contoso.Id), (CardFields.ContactLastName, "Weber"), (CardFields.ContactFirstName, "Jo"), (CardFields.ContactEmail, "not-an-email")), "en-US");

        Assert.Contains("Anna Schmidt", first.Message);
        Assert.Contains(CardVerbs.UseExistingContact, again.Card!.ToJsonString());
        Assert.Contains("Betreut von", existing.Card!.ToJsonString());
        Assert.Contains(CardVerbs.CreateContact, badEmail.Card!.ToJsonString());
        Assert.Equal(1, TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).ContactCount);
    }

    [Fact]
    public async Task SubmitUnknownVerb_AnswersWithAnError()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.Conversation.SubmitDialogAsync(world.Megan, new JsonObject { ["verb"] = 5 }, null);

        Assert.Contains("Please check your input", outcome.Card!.ToJsonString());
    }

    [Fact]
    public async Task CompleteTask_MarksItDone_AndASecondClickSaysSo()
    {
        var world = await TurnWorld.CreateAsync();
        var task = TurnWorld.Ok(await world.Tasks.CreateAsync(world.Megan, world.Contoso.Id, new FollowUpInput("Send the offer", world.Lukas.AsPerson())));
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.TaskId, task.Id), (CardFields.TaskVersion, task.Version!));

        var before = await world.ClickAsync(world.Lukas, CardVerbs.ShowMyTasks, new JsonObject());
        var done = await world.ClickAsync(world.Lukas, CardVerbs.CompleteTask, data);
        var again = await world.ClickAsync(world.Lukas, CardVerbs.CompleteTask, data);

        Assert.Contains("Send the offer", before.Card!.ToJsonString());
        Assert.DoesNotContain("Send the offer", done.Card!.ToJsonString());
        Assert.DoesNotContain(CardVerbs.CompleteTask, again.Card!.ToJsonString());
        Assert.Empty(await world.MyWork.OpenTasksAsync(world.Lukas));
    }
}
