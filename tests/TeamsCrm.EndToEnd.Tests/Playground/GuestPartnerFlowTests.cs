namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// A partner's work end to end through a real Agents Playground whose current user is the guest Pat Reyes (Fabrikam
/// Partners; <see cref="GuestPlaygroundFixture"/>): Pat types and clicks through the Playground's own APIs, and every
/// assertion is on what the Playground received from the app. The Playground's members API answers userRole "user" for
/// Pat, so the app knows Pat as a guest only from the directory and the partner directory. Members (Megan, Alex) speak
/// through hand-made activities in the same chat, as in the other flow tests. Each test works on accounts of its own
/// (seeded shares: Fabrikam Inc to comment, Adventure Works, Contoso Ltd's deal "Contoso Renewal" and Müller's deal
/// "Müller Pilot" to edit; Wingtip Toys not shared), so the tests share one app without depending on their order.
/// </summary>
public sealed partial class GuestPartnerFlowTests(GuestPlaygroundFixture playground) : IClassFixture<GuestPlaygroundFixture>
{
    private static readonly TeamsUser Pat = PartnerUsers.Pat;
    private readonly PlaygroundChat _chat = new(playground);
    private readonly CrmStorage _storage = new(playground);

    [Fact]
    public async Task PlaygroundMembersApi_ThePlaygroundsCurrentUserIsPat_RoleUserNotGuest()
    {
        var pat = await PlaygroundMemberAsync(Pat);

        Assert.Equal(Pat.AadObjectId, pat.GetProperty("aadObjectId").GetString());
        // The Teams signal the app cannot rely on here: every other test of this class passes only because the other signals work.
        Assert.Equal("user", pat.GetProperty("userRole").GetString());
    }

    [Fact]
    public async Task ShowAccount_NotSharedWithTheGuestsOrganisation_SameAnswerAsAMadeUpName()
    {
        const string Unshared = "Wingtip Toys";
        const string MadeUp = "Quorvex Holdings";

        var unshared = await PatAsksAsync($"show {Unshared}", m => BotCards.Says(m, Unshared));
        var madeUp = await PatAsksAsync($"show {MadeUp}", m => BotCards.Says(m, MadeUp));

        Assert.Equal(Shape(madeUp, MadeUp), Shape(unshared, Unshared));
        // A guest may not create accounts: the answer does not send them to "new lead".
        Assert.True(BotCards.Says(unshared, "Check the spelling."), BotCards.Text(unshared));
        AssertNoneOf(unshared, "new lead");
        // Nothing of the account: its city, its web domain, its owner, its deals, its segment.
        AssertNoneOf(unshared, "Portland", "wingtiptoys.example", "Megan Bowen", "Wingtip Expansion", "Wingtip Migration", "Small business");
        Assert.DoesNotContain((await _storage.AccountAsync(Unshared)).GetString("Id")!, BotCards.Json(unshared), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAccount_SharedWithTheGuestsOrganisation_RedactedCardWithoutInternalFields()
    {
        const string Account = "Adventure Works";
        var internalComment = "Internal note " + Guid.NewGuid().ToString("N")[..8] + ": their budget is tight";
        await MemberAsksAsync(DemoUsers.Megan, $"comment on {Account}: {internalComment}", m => BotCards.Says(m, "Your internal comment on Adventure Works was saved."));
        var patsCard = await PatAsksAsync($"show {Account}", IsCustomerCardOf(Account));
        var megansCard = await MemberAsksAsync(DemoUsers.Megan, $"show {Account}", IsCustomerCardOf(Account));

        // What the partner may see of the shared account: its open deals and the latest shared comment.
        Assert.True(BotCards.Says(patsCard, "Adventure Support contract", "Adventure Expansion", SharedDemoComment), BotCards.Text(patsCard));
        // Positive control: the member's card of the same account has the internal fields the guest's card must not have
        // (the segment, the latest internal comment, the interactions; probabilities below).
        string[] internalFields = ["Mid-market", internalComment, "Discussed the rollout plan"];
        Assert.True(BotCards.Says(megansCard, internalFields), BotCards.Text(megansCard));
        Assert.Matches(Probability(), BotCards.Text(megansCard));
        AssertNoneOf(patsCard, internalFields);
        Assert.DoesNotMatch(Probability(), BotCards.Text(patsCard));
        Assert.All(CardVerbsOfMembers, verb => Assert.Contains($"\"{verb}\"", BotCards.Json(megansCard), StringComparison.Ordinal));
        Assert.All(CardVerbsOfMembers, verb => Assert.DoesNotContain($"\"{verb}\"", BotCards.Json(patsCard), StringComparison.Ordinal));
        Assert.False(BotCards.HasInput(patsCard, "commentVisibility"), BotCards.Json(patsCard));
    }

    [Fact]
    public async Task AddComment_GuestOnTheSharedAccountsCard_StoredSharedAndMembersSeeItMarkedShared()
    {
        const string Account = "Fabrikam Inc";
        var said = "Partner update " + Guid.NewGuid().ToString("N")[..8] + ": the pilot site is ready";
        var card = await PatAsksAsync($"show {Account}", m => IsCustomerCardOf(Account)(m) && BotCards.Json(m).Contains("\"comment.add\"", StringComparison.Ordinal));

        var answer = await _chat.InvokeAsync(Pat, card, "comment.add", BotCards.ActionData(card, "comment.add", ("commentText", said)));

        Assert.Contains(said, BotCards.InvokeText(answer), StringComparison.Ordinal);
        var comment = Assert.Single(await _storage.CommentsAsync(Account), c => c.GetString("Text") == said);
        Assert.Equal(Pat.AadObjectId, comment.GetString("AuthorId"));
        Assert.Equal("Shared", comment.GetString("Visibility"));

        // A member's card of the account shows the partner's comment, marked as shared with partners.
        var megansCard = await MemberAsksAsync(DemoUsers.Megan, $"show {Account}", m => BotCards.Says(m, said));
        Assert.True(TextAfter(megansCard, said) == "Shared with partners", BotCards.Json(megansCard));
    }

    [Fact]
    public async Task HandOff_MemberHandsASharedDealToTheGuest_GuestAcceptsAndTheMemberIsTold()
    {
        const string Deal = "Contoso Renewal";
        await PatAsksAsync("my deals", m => BotCards.Says(m, Deal));

        var handedOff = _chat.Mark();
        await _chat.SendAsync(DemoUsers.Megan, $"hand off the {Deal} to Pat Reyes: the partner runs the renewal");
        var offer = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("\"handoff.accept\"", StringComparison.Ordinal) && BotCards.Says(m, Deal), handedOff);
        var senderCard = await _chat.WaitForBotAsync(m => BotCards.Json(m).Contains("\"handoff.cancel\"", StringComparison.Ordinal) && BotCards.Says(m, Deal), handedOff);
        AssertNoneOf(offer, InternalDemoComment, "Enterprise");
        Assert.DoesNotMatch(Probability(), BotCards.Text(offer));

        var since = _chat.Mark();
        var accepted = await _chat.InvokeAsync(Pat, offer, "handoff.accept", BotCards.ActionData(offer, "handoff.accept"));

        Assert.DoesNotContain("handoff.accept", accepted.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Accepted", (await _storage.HandoffAsync(Deal)).GetString("Status"));
        Assert.Equal(Pat.AadObjectId, await _storage.DealOwnerAsync(Deal));
        // The member is told, and the member's own handoff card loses its cancel button.
        await _chat.WaitForBotAsync(m => !BotCards.SameMessage(m, offer) && BotCards.Says(m, Deal, Pat.Name) && BotCards.Text(m).Contains("accepted", StringComparison.OrdinalIgnoreCase), since, includeUpdates: true);
        await _chat.WaitForBotAsync(m => BotCards.SameMessage(m, senderCard) && !BotCards.Json(m).Contains("handoff.cancel", StringComparison.Ordinal), since, includeUpdates: true);
        // The deal is now the partner's own.
        await PatAsksAsync("my deals", m => BotCards.Says(m, Deal));
    }
}
