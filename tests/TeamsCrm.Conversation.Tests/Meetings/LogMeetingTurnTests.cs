namespace TeamsCrm.Conversation.Tests.Meetings;

/// <summary>"Log this meeting" on the customer card, against the real store: once per meeting, attendees offered as contacts.</summary>
public sealed class LogMeetingTurnTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    private static Task<(TurnWorld World, Account Northwind)> WorldAsync() => WorldAsync(megan =>
    [
        Meeting("past", megan, Start),
        Meeting("future", megan, Start.AddDays(10)),
        Meeting("internal", megan, Start, "lukas@tenant.example"),
    ]);

    /// <param name="meetings">Megan's calendar, asked anew on every read (so a test can move a meeting).</param>
    private static async Task<(TurnWorld World, Account Northwind)> WorldAsync(Func<string, IReadOnlyList<Meeting>> meetings)
    {
        TurnWorld? created = null;
        var world = await TurnWorld.CreateAsync(services =>
            services.AddSingleton<IPeopleContextSource>(new CalendarSource(() => meetings(created!.Megan.UserId))));
        created = world;
        var northwind = TurnWorld.Ok(await world.Accounts.CreateAsync(world.Megan, new AccountInput("Northwind Traders", Website: "https://www.northwind.example"), allowSimilarName: true));
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, northwind.Id, new ContactInput("Ann", "Lee", Email: "ann.lee@northwind.example", IsKeyContact: true)));
        return (world, northwind);
    }

    private static Meeting Meeting(string id, string calendarOwner, DateTimeOffset start, params string[] attendees) => new(
        id,
        calendarOwner,
        start,
        start.AddHours(1),
        "Quarterly review",
        "Megan Bowen",
        "megan@tenant.example",
        attendees.Length > 0 ? [.. attendees.Select(a => new MeetingAttendee(null, a))] : [new MeetingAttendee("Ann Lee", "ann.lee@northwind.example"), new MeetingAttendee("Sam Taylor", "sam.taylor@northwind.example")]);

    [Fact]
    public async Task LogMeeting_Twice_OneInteractionAndAttendeesOfferedOnce()
    {
        var (world, northwind) = await WorldAsync();
        var data = TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "past"));

        var first = await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, data);
        var second = await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, data);

        var firstCard = first.Card!.ToJsonString();
        Assert.Contains("Meeting logged as an interaction.", firstCard, StringComparison.Ordinal);
        Assert.Contains("Not yet contacts of this account: Sam Taylor (sam.taylor@northwind.example)", firstCard, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Add Sam Taylor\"", firstCard, StringComparison.Ordinal);
        Assert.DoesNotContain("Ann Lee (ann.lee", firstCard, StringComparison.Ordinal);
        Assert.Contains("This meeting was logged before; nothing was added.", second.Card!.ToJsonString(), StringComparison.Ordinal);
        var card = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id));
        var interaction = Assert.Single(card.RecentInteractions);
        Assert.Equal((InteractionChannel.Meeting, Start, "Quarterly review"), (interaction.Channel, interaction.OccurredAt, interaction.Summary));
        Assert.Equal(card.KeyContacts[0].Id, interaction.ContactId);
    }

    [Fact]
    public async Task LogMeeting_AgainAfterTheMeetingMoved_StillOneInteraction()
    {
        var start = Start;
        var (world, northwind) = await WorldAsync(megan => [Meeting("moved", megan, start)]);
        var data = TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "moved"));

        await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, data);
        start = Start.AddDays(-2);
        var second = await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, data);

        Assert.Contains("This meeting was logged before; nothing was added.", second.Card!.ToJsonString(), StringComparison.Ordinal);
        var card = TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id));
        Assert.Equal(Start, Assert.Single(card.RecentInteractions).OccurredAt);
    }

    [Fact]
    public async Task CustomerCard_LastMeeting_OfferedThenShownAsLogged()
    {
        var (world, northwind) = await WorldAsync();
        var show = TurnWorld.Data((CardFields.AccountId, northwind.Id));

        var before = (await world.ClickAsync(world.Megan, CardVerbs.Refresh, show)).Card!.ToJsonString();
        await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "past")));
        var after = (await world.ClickAsync(world.Megan, CardVerbs.Refresh, show)).Card!.ToJsonString();

        Assert.Contains(CardVerbs.LogMeeting, before, StringComparison.Ordinal);
        Assert.Contains("Last met: 11/24/2026", before, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.LogMeeting, after, StringComparison.Ordinal);
        Assert.Contains("This meeting is logged as an interaction.", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyMeetings_PastCustomerMeetingOfMyDealsAccount_ListedUntilLogged()
    {
        var (world, northwind) = await WorldAsync();
        TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, northwind.Id, new DealInput("Pilot", 9000m)));

        var before = (await world.ClickAsync(world.Megan, CardVerbs.ShowMyMeetings, TurnWorld.Data())).Card!.ToJsonString();
        await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "past")));
        var after = (await world.ClickAsync(world.Megan, CardVerbs.ShowMyMeetings, TurnWorld.Data(), locale: "de-DE")).Card!.ToJsonString();

        Assert.Contains("Meetings not yet logged", before, StringComparison.Ordinal);
        Assert.Contains("Northwind Traders", before, StringComparison.Ordinal);
        Assert.Contains("Quarterly review", before, StringComparison.Ordinal);
        Assert.Contains("\"meetingId\":\"past\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("future", before, StringComparison.Ordinal);
        Assert.DoesNotContain("internal", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind Traders", after, StringComparison.Ordinal);
        Assert.Contains("Noch nicht erfasste Termine", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyMeetings_AccountIOwnWithoutAnyDeal_Listed()
    {
        var (world, _) = await WorldAsync();

        var mine = (await world.ClickAsync(world.Megan, CardVerbs.ShowMyMeetings, TurnWorld.Data())).Card!.ToJsonString();

        Assert.Contains("Northwind Traders", mine, StringComparison.Ordinal);
        Assert.Contains("\"meetingId\":\"past\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyMeetings_MeetingLoggedBeforeFiveNewerInteractions_NotListed()
    {
        var (world, northwind) = await LoggedLongAgoAsync();

        var mine = (await world.ClickAsync(world.Megan, CardVerbs.ShowMyMeetings, TurnWorld.Data())).Card!.ToJsonString();

        Assert.DoesNotContain(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id)).RecentInteractions, i => i.Channel == InteractionChannel.Meeting);
        Assert.DoesNotContain("\"meetingId\":\"past\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerCard_LastMeetingLoggedBeforeFiveNewerInteractions_ShownAsLogged()
    {
        var (world, northwind) = await LoggedLongAgoAsync();

        var card = (await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, northwind.Id)))).Card!.ToJsonString();

        Assert.Contains("Last met: 11/24/2026", card, StringComparison.Ordinal);
        Assert.Contains("This meeting is logged as an interaction.", card, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.LogMeeting, card, StringComparison.Ordinal);
    }

    /// <summary>Northwind (with a deal of Megan's) whose meeting "past" was logged, followed by five newer interactions.</summary>
    private static async Task<(TurnWorld World, Account Northwind)> LoggedLongAgoAsync()
    {
        var (world, northwind) = await WorldAsync();
        TurnWorld.Ok(await world.Deals.CreateAsync(world.Megan, northwind.Id, new DealInput("Pilot", 9000m)));
        await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, "past")));
        for (var day = 1; day <= CustomerCardAssembler.InteractionLimit; day++)
        {
            TurnWorld.Ok(await world.Interactions.LogAsync(world.Megan, northwind.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, $"Call {day}", Start.AddDays(day))));
        }

        return (world, northwind);
    }

    [Theory]
    [InlineData("future", "This meeting has not taken place yet")]
    [InlineData("internal", "not found")]
    [InlineData("no-such-meeting", "not found")]
    public async Task LogMeeting_NotALoggableCustomerMeeting_SaysSoAndWritesNothing(string meetingId, string expected)
    {
        var (world, northwind) = await WorldAsync();

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.LogMeeting, TurnWorld.Data((CardFields.AccountId, northwind.Id), (CardFields.MeetingId, meetingId)));

        Assert.Contains(expected, outcome.Card!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, northwind.Id)).RecentInteractions);
    }
}
