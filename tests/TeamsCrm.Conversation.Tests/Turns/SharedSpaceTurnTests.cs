using System.Text.Encodings.Web;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// The one rule for shared spaces (<see cref="ReplyPrivacy"/>): in a group chat, meeting chat (a group chat to Teams) or
/// channel the bot posts only what every member may see; everything personal reaches the caller's 1:1 chat.
/// </summary>
public sealed class SharedSpaceTurnTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<ConversationKind> SharedKinds => [ConversationKind.GroupChat, ConversationKind.Channel];

    [Theory]
    [InlineData("personal", null, ConversationKind.Personal)]
    [InlineData("groupChat", null, ConversationKind.GroupChat)]
    [InlineData("channel", "19:x@thread.tacv2", ConversationKind.Channel)]
    [InlineData(null, "19:x@thread.tacv2", ConversationKind.Channel)]
    [InlineData(null, null, ConversationKind.GroupChat)]
    [InlineData("meeting", null, ConversationKind.GroupChat)]
    [InlineData("personal", "19:x@thread.tacv2", ConversationKind.Channel)]
    public void FromTeams_ConversationType_PersonalOnlyWhenTeamsSaysSo(string? type, string? channelId, ConversationKind expected)
    {
        Assert.Equal(expected, ConversationKinds.FromTeams(type, channelId));
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task ShowAccount_Shared_PostsOnlyTheNameShell(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await SayInAsync(kind, world, world.Megan, "show Contoso");

        var reply = PostedOnlyPublic(outcome);
        var json = Json(Assert.Single(reply).Card!);
        Assert.Contains("Contoso Ltd", json);
        Assert.DoesNotContain("Renewal 2027", json);
        Assert.DoesNotContain("48,000", json);
        Assert.Empty(outcome.Notifications);
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task MyLists_Shared_PointerHereAndTheListInTheCallersChat(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Tasks.CreateAsync(world.Megan, world.Contoso.Id, new FollowUpInput("Call Anna about the pricing", world.Megan.AsPerson(), world.Time.GetUtcNow().AddDays(2))));
        await world.SayAsync(world.Megan, "hand off the Contoso renewal to @Lukas: please", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        foreach (var (text, who, expected) in new[]
        {
            ("my deals", world.Megan, "Rollout"),
            ("my tasks", world.Megan, "Call Anna about the pricing"),
            ("my handoffs", world.Lukas, "Renewal 2027"),
        })
        {
            var outcome = await SayInAsync(kind, world, who, text);

            AssertPointerOnly(outcome, "Rollout", "Renewal 2027", "Call Anna");
            var note = Assert.Single(outcome.Notifications);
            Assert.Equal(who.UserId, note.UserId);
            Assert.Contains(expected, Json(note.Message.Card!));
        }
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task AmbiguousOrUnknownAccount_Shared_ChoicesOnlyInTheCallersChat(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var ambiguous = await SayInAsync(kind, world, world.Megan, "show Fabrikam");
        var unknown = await SayInAsync(kind, world, world.Megan, "show Tailspin Toys");

        AssertPointerOnly(ambiguous, "Fabrikam Inc", "Fabrikam Partners Ltd");
        Assert.Contains("Fabrikam Partners Ltd", Json(Assert.Single(ambiguous.Notifications).Message.Card!));
        AssertPointerOnly(unknown, "Contoso Ltd");
        Assert.Equal(world.Megan.UserId, Assert.Single(unknown.Notifications).UserId);
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task HandOffToAmbiguousName_Shared_NoDirectoryNamesPosted(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();
        world.People.Add(new Person(Guid.NewGuid().ToString(), "Lukas Lang", "lukas.lang@contoso-crm.example", "lukas.lang@contoso-crm.example", null, null, false));

        var outcome = await SayInAsync(kind, world, world.Megan, "hand off the Contoso renewal to Lukas");

        AssertPointerOnly(outcome, "Lukas Weber", "Lukas Lang", "Renewal 2027");
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, note.UserId);
        Assert.Contains("Lukas Lang", note.Message.Text);
        Assert.Empty(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task HandOff_Shared_SenderCardTrackedInTheCallersChatOnly(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await SayInAsync(kind, world, world.Megan, "hand off the Contoso renewal to @Lukas: he speaks German", TurnWorld.MentionOf(world.Lukas));

        AssertPointerOnly(outcome, "Renewal 2027", "he speaks German");
        var sender = Assert.Single(outcome.Notifications, n => n.UserId == world.Megan.UserId);
        Assert.NotNull(sender.Message.TrackingKey);
        Assert.Contains(CardVerbs.CancelHandoff, Json(sender.Message.Card!));
        Assert.Single(outcome.Notifications, n => n.UserId == world.Lukas.UserId);
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task ErrorsAndConfirmations_Shared_GoToTheCaller(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var comment = await SayInAsync(kind, world, world.Megan, "comment on Contoso: margin is thin");
        var dueUnreadable = await SayInAsync(kind, world, world.Megan, "hand off the Contoso renewal to @Lukas by Neverday", TurnWorld.MentionOf(world.Lukas));

        AssertPointerOnly(comment, "Contoso", "margin");
        AssertPointerOnly(dueUnreadable, "Renewal 2027");
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task HelpAndAppTexts_Shared_StayInTheConversation(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var help = await SayInAsync(kind, world, world.Pat, "help");
        var ask = await SayInAsync(kind, world, world.Megan, "show");

        Assert.NotNull(Assert.Single(PostedOnlyPublic(help)).Card);
        Assert.Empty(help.Notifications);
        Assert.Empty(ask.Notifications);
        Assert.True(Assert.Single(ask.Replies).ForEveryone);
    }

    [Fact]
    public async Task MyDeals_Personal_TheListItself()
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.SayAsync(world.Megan, "my deals");

        Assert.Contains("Renewal 2027", MessageTurnTests.Single(outcome));
        Assert.Empty(outcome.Notifications);
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task SubmitFallback_Shared_AnswerGoesToTheCallersChat(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();

        var outcome = await world.ClickAsync(world.Megan, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id)), kind: kind, answer: CardAnswer.Message);

        Assert.Null(outcome.Card);
        Assert.Null(outcome.CardTrackingKey);
        Assert.Equal(CrmConversationPointer, outcome.Text);
        var note = Assert.Single(outcome.Notifications);
        Assert.Equal(world.Megan.UserId, note.UserId);
        Assert.Contains("Renewal 2027", Json(note.Message.Card!));
    }

    [Theory]
    [MemberData(nameof(SharedKinds))]
    public async Task Execute_Shared_ClickersViewButNeverTracked(ConversationKind kind)
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffDealId, world.ContosoRenewal.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId));

        var shared = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, data, kind: kind);

        Assert.NotNull(shared.Card);
        Assert.Null(shared.CardTrackingKey);
        Assert.Equal(world.Lukas.UserId, Assert.Single(shared.Notifications).UserId);
    }

    [Fact]
    public async Task Execute_Personal_HandoffCardTracked()
    {
        var world = await TurnWorld.CreateAsync();
        var data = TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffDealId, world.ContosoRenewal.Id), (CardFields.HandoffRecipientId, world.Lukas.UserId));

        var personal = await world.ClickAsync(world.Megan, CardVerbs.StartHandoff, data);

        Assert.NotNull(personal.CardTrackingKey);
    }

    private const string CrmConversationPointer = "I sent you the answer in our 1:1 chat, because others in this conversation may not see it.";

    /// <summary><paramref name="who"/> says <paramref name="text"/> in the shared conversation of <paramref name="kind"/> (a channel or a group chat).</summary>
    private static Task<TurnOutcome> SayInAsync(ConversationKind kind, TurnWorld world, Caller who, string text, params Mention[] mentions) =>
        world.SayAsync(who, text, mentions: mentions.Length == 0 ? null : mentions, channelId: ChannelOf(kind), kind: kind);

    private static string? ChannelOf(ConversationKind kind) => kind == ConversationKind.Channel ? "19:deal-room@thread.tacv2" : null;

    private static IReadOnlyList<OutgoingMessage> PostedOnlyPublic(TurnOutcome outcome)
    {
        Assert.All(outcome.Replies, r =>
        {
            Assert.True(r.ForEveryone, r.Text ?? r.Card?.ToJsonString());
            Assert.Null(r.TrackingKey);
        });
        return outcome.Replies;
    }

    /// <summary>The conversation gets only the pointer; none of <paramref name="secrets"/> is in anything posted there.</summary>
    private static void AssertPointerOnly(TurnOutcome outcome, params string[] secrets)
    {
        var reply = Assert.Single(PostedOnlyPublic(outcome));
        Assert.Null(reply.Card);
        Assert.Equal(CrmConversationPointer, reply.Text);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, reply.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Json(System.Text.Json.Nodes.JsonNode card) => card.ToJsonString(Readable);
}
