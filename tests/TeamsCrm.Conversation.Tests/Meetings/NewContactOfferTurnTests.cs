namespace TeamsCrm.Conversation.Tests.Meetings;

/// <summary>
/// Meeting attendees who are not contacts yet, offered on the customer card and in the "log this meeting" answer as
/// buttons that open the new-contact dialog prefilled from the attendee — through the real conversation and store:
/// duplicate suggestions before creating, offered no more once a contact, never on a guest's card.
/// </summary>
public sealed class NewContactOfferTurnTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    private static readonly MeetingAttendee Ann = new("Ann Lee", "ann.lee@northwind.example");
    private static readonly MeetingAttendee Sam = new("Taylor, Sam", "Sam.Taylor@northwind.example");

    private static async Task<(TurnWorld World, Account Northwind)> WorldAsync(params Meeting[] meetings)
    {
        TurnWorld? created = null;
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IPeopleContextSource>(
            new CalendarSource(() => [.. meetings.Select(m => m with { CalendarOwnerId = created!.Megan.UserId })])));
        created = world;
        var northwind = TurnWorld.Ok(await world.Accounts.CreateAsync(world.Megan, new AccountInput("Northwind Traders", Website: "https://www.northwind.example"), allowSimilarName: true));
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, northwind.Id, new ContactInput("Ann", "Lee", Email: "ANN.LEE@northwind.example", IsKeyContact: true)));
        return (world, northwind);
    }

    private static Meeting Meeting(string id, DateTimeOffset start, params MeetingAttendee[] attendees) =>
        new(id, "megan", start, start.AddHours(1), "Quarterly review", "Megan Bowen", "megan@contoso-crm.example", attendees);

    [Fact]
    public async Task CustomerCard_AttendeesNotContactsYet_ThreeOfferedAsPrefilledDialogsAndTheRestCounted()
    {
        MeetingAttendee[] others = [.. Enumerable.Range(1, 4).Select(i => new MeetingAttendee(null, $"buyer{i}@northwind.example"))];
        var (world, northwind) = await WorldAsync(Meeting("past", Start, [Ann, Sam, .. others]));

        var card = await CardAsync(world, world.Megan, northwind);

        var offers = Offers(card);
        Assert.Equal(["Add Sam Taylor", "Add buyer1@northwind.example", "Add buyer2@northwind.example"], offers.Select(o => o["title"]!.GetValue<string>()));
        var sam = offers[0]["data"]!;
        Assert.Equal(("dialog.open", "Contact", northwind.Id, "task/fetch"), (Text(sam, "verb"), Text(sam, CardFields.Dialog), Text(sam, CardFields.AccountId), sam["msteams"]!["type"]!.GetValue<string>()));
        Assert.Equal(("Sam", "Taylor", "Sam.Taylor@northwind.example"), (Text(sam, CardFields.ContactFirstName), Text(sam, CardFields.ContactLastName), Text(sam, CardFields.ContactEmail)));
        Assert.Contains("and 2 more", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Lee", offers.Select(o => o["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task NewContactDialog_FromAnOffer_PrefilledCreatedAndThenNoLongerOffered()
    {
        var (world, northwind) = await WorldAsync(Meeting("past", Start, Ann, Sam));
        var offer = Offers(await CardAsync(world, world.Megan, northwind)).Single();

        var form = await world.Conversation.FetchDialogAsync(world.Megan, offer["data"]!.AsObject(), "de-DE");
        var saved = await world.Conversation.SubmitDialogAsync(world.Megan, Filled(form.Card!), "de-DE");
        var after = await CardAsync(world, world.Megan, northwind);

        Assert.Equal(("Sam", "Taylor", "Sam.Taylor@northwind.example"), (Value(form.Card!, CardFields.ContactFirstName), Value(form.Card!, CardFields.ContactLastName), Value(form.Card!, CardFields.ContactEmail)));
        Assert.Contains("Sam Taylor", saved.Message, StringComparison.Ordinal);
        Assert.Empty(Offers(after));
        Assert.DoesNotContain("Add Sam Taylor", after.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id)).ContactCount);
    }

    [Fact]
    public async Task NewContactDialog_AttendeeNamedLikeAContact_SuggestsTheDuplicateBeforeCreating()
    {
        var (world, northwind) = await WorldAsync(Meeting("past", Start, Ann, Sam));
        var existing = TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, northwind.Id, new ContactInput("Sam", "Taylor", Email: "sam@old-mail.example")));
        var offer = Offers(await CardAsync(world, world.Megan, northwind)).Single();

        var form = await world.Conversation.FetchDialogAsync(world.Megan, offer["data"]!.AsObject(), "en-US");
        var suggested = await world.Conversation.SubmitDialogAsync(world.Megan, Filled(form.Card!), "en-US");

        var json = suggested.Card!.ToJsonString();
        Assert.Contains(CardVerbs.UseExistingContact, json, StringComparison.Ordinal);
        Assert.Contains(existing.Id, json, StringComparison.Ordinal);
        Assert.Contains("sam@old-mail.example", json, StringComparison.Ordinal);
        Assert.Null(suggested.Message);
        Assert.Equal(2, TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id)).ContactCount);
    }

    [Fact]
    public async Task LogMeeting_AnOlderMeeting_AnswerOffersItsAttendeesNotOnlyTheLastMeetings()
    {
        var lee = new MeetingAttendee("Lee Wong", "lee.wong@northwind.example");
        var (world, northwind) = await WorldAsync(Meeting("recent", Start, Ann), Meeting("older", Start.AddDays(-20), Ann, lee));

        var card = await CardAsync(world, world.Megan, northwind);
        var logged = await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "older")));

        Assert.Empty(Offers(card));
        var offer = Assert.Single(Offers(logged.Card!));
        Assert.Equal("Add Lee Wong", offer["title"]!.GetValue<string>());
        Assert.Contains("Not yet contacts of this account: Lee Wong (lee.wong@northwind.example)", logged.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerCard_Guest_NoOffersAndNoAttendeeAddress()
    {
        var (world, northwind) = await WorldAsync(Meeting("past", Start, Ann, Sam));
        TurnWorld.Ok(await world.Shares.ShareAsync(world.Megan, northwind.Id, TurnWorld.PartnerOrg, ShareLevel.Edit));

        var guest = await CardAsync(world, world.Pat, northwind, "de-DE");
        var member = await CardAsync(world, world.Lukas, northwind);

        var json = guest.ToJsonString();
        Assert.Contains("Zuletzt getroffen", CardJson.AllText(guest), StringComparison.Ordinal);
        Assert.Empty(Offers(guest));
        Assert.DoesNotContain("Sam.Taylor@", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CardFields.ContactEmail, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Quarterly review", json, StringComparison.Ordinal);
        Assert.Single(Offers(member));
    }

    private static async Task<JsonObject> CardAsync(TurnWorld world, Caller viewer, Account account, string locale = "en-US") =>
        (await world.ClickAsync(viewer, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, account.Id)), locale)).Card!;

    /// <summary>The card's "add as contact" buttons: Action.Submit opening the contact dialog with a prefilled address.</summary>
    private static List<JsonObject> Offers(JsonObject card) =>
        [.. CardJson.OfType(card, "Action.Submit").Where(a => a["data"]?[CardFields.Dialog]?.GetValue<string>() == "Contact" && a["data"]![CardFields.ContactEmail] is not null)];

    private static string? Text(JsonNode data, string field) => data[field]?.GetValue<string>();

    private static string? Value(JsonObject form, string inputId) =>
        CardJson.Objects(form).FirstOrDefault(o => o["id"]?.GetValue<string>() == inputId)?["value"]?.GetValue<string>();

    /// <summary>What Teams submits for a form: its Save action's data plus every input's value.</summary>
    private static JsonObject Filled(JsonObject form)
    {
        var data = CardJson.OfType(form, "Action.Submit").Single()["data"]!.DeepClone().AsObject();
        foreach (var input in CardJson.Objects(form).Where(o => o["id"] is not null && o["value"] is not null))
        {
            data[input["id"]!.GetValue<string>()] = input["value"]!.GetValue<string>();
        }

        return data;
    }
}
