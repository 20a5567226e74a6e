namespace TeamsCrm.Conversation.Tests.PeopleContext;

/// <summary>
/// The people context on notification cards, rendered as their recipient at send time through the real conversation and
/// store: the mention shows its author, the handoff offer and answer the other party — title for everyone, presence and
/// photo for members only — and directory trouble leaves the line out, never the notification.
/// </summary>
public sealed class NotificationPeopleTurnTests
{
    private static async Task<(TurnWorld World, DirectorySource Directory)> WorldAsync()
    {
        TurnWorld? created = null;
        var directory = new DirectorySource(() => created!);
        var world = await TurnWorld.CreateAsync(services =>
        {
            services.AddSingleton<IPeopleContextSource>(directory);
            services.AddSingleton<IPersonPhotoLinks>(new SignedLinks());
        });
        created = world;
        return (world, directory);
    }

    [Fact]
    public async Task Mention_MemberRecipient_AuthorsTitlePresenceAndPhoto()
    {
        var (world, _) = await WorldAsync();

        var outcome = await world.SayAsync(world.Megan, "comment on Contoso: @Lukas please call them", mentions: [TurnWorld.MentionOf(world.Lukas)]);

        var card = Assert.Single(outcome.Notifications, n => n.UserId == world.Lukas.UserId).Message.Card!;
        Assert.Contains("About Megan Bowen: Account Manager · available", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Equal(SignedLinks.For(world.Megan.UserId), Assert.Single(CardJson.OfType(card, "Image"))["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandoffOffer_GuestRecipient_SendersNameAndTitleOnly()
    {
        var (world, _) = await WorldAsync();

        var offer = await HandOffAsync(world, world.Megan, world.Fabrikam, world.FabrikamRollout, world.Pat, "de-DE");

        var json = offer.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Zu Megan Bowen: Account Manager", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Account Manager ·", json, StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(offer, "Image"));
        Assert.DoesNotContain(SignedLinks.Host, json, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectorySource.Manager, json, StringComparison.Ordinal);
        Assert.DoesNotContain("megan@contoso-crm.example", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoffAnswered_SenderToldWithTheAnsweringRecipientsContext()
    {
        var (world, _) = await WorldAsync();
        await HandOffAsync(world, world.Megan, world.Contoso, world.ContosoRenewal, world.Lukas);
        var handoff = Assert.Single(TurnWorld.Ok(await world.Accounts.GetCustomerCardAsync(world.Megan, world.Contoso.Id)).Handoffs);

        var accepted = await world.ClickAsync(world.Lukas, CardVerbs.AcceptHandoff, TurnWorld.Data((CardFields.AccountId, world.Contoso.Id), (CardFields.HandoffId, handoff.Id)));

        var told = Assert.Single(accepted.Notifications).Message.Card!;
        Assert.Contains("About Lukas Weber: Key Account Manager · busy", CardJson.AllText(told), StringComparison.Ordinal);
        Assert.NotEmpty(accepted.Updates);
        Assert.All(accepted.Updates, u => Assert.Contains(u.TrackingKey.Contains("sender", StringComparison.Ordinal) ? "About Lukas Weber" : "About Megan Bowen", CardJson.AllText(u.Card), StringComparison.Ordinal));
        Assert.Contains("About Megan Bowen: Account Manager", CardJson.AllText(accepted.Card!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoffOffer_DirectoryFails_SentWithoutTheLine()
    {
        var (world, directory) = await WorldAsync();
        directory.Fails = true;

        var offer = await HandOffAsync(world, world.Megan, world.Contoso, world.ContosoRenewal, world.Lukas);

        Assert.Contains(CardVerbs.AcceptHandoff, offer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("About Megan Bowen", CardJson.AllText(offer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoffOffer_DirectoryHangs_SentWithoutTheLineAfterTheBudget()
    {
        var (world, directory) = await WorldAsync();
        directory.Hangs = true;

        var offer = await HandOffAsync(world, world.Megan, world.Contoso, world.ContosoRenewal, world.Lukas, advanceClockWhileSending: true);
        Assert.Contains(CardVerbs.AcceptHandoff, offer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("About Megan Bowen", CardJson.AllText(offer), StringComparison.Ordinal);
    }

    /// <summary>
    /// Hands the deal off as <paramref name="sender"/> and returns the offer as delivered to <paramref name="recipient"/>.
    /// <paramref name="advanceClockWhileSending"/>: the clock moves on in steps of the directory budget while the offer is
    /// rendered (only after the commit, whose own budget runs on the same clock), as real time would for a hanging directory.
    /// </summary>
    private static async Task<JsonObject> HandOffAsync(TurnWorld world, Caller sender, Account account, Deal deal, Caller recipient, string locale = "en-US", bool advanceClockWhileSending = false)
    {
        world.Locales.Set(recipient, locale);
        using var scope = world.Journal.Begin();
        TurnWorld.Ok(await world.Handoffs.HandOffAsync(sender, new HandoffRequest(account.Id, deal.Id, recipient, "please take over")));
        var delivering = world.DeliverAsync(scope.Written);
        while (advanceClockWhileSending && !delivering.IsCompleted)
        {
            world.Time.Advance(CustomerContextService.Budget);
            await Task.WhenAny(delivering, Task.Delay(20));
        }

        var (notes, _) = await delivering;
        return Assert.Single(notes, n => n.UserId == recipient.UserId).Message.Card!;
    }

    /// <summary>Titles, presence, a manager and photos for the world's people; or failing, or never answering.</summary>
    private sealed class DirectorySource(Func<TurnWorld> world) : IPeopleContextSource
    {
        public const string Manager = "Johanna Lorenz";

        public bool Fails { get; set; }

        public bool Hangs { get; set; }

        public async Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
        {
            if (Hangs)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            if (Fails)
            {
                throw new HttpRequestException("Graph is down");
            }

            var w = world();
            PersonProfile[] all =
            [
                new(w.Megan.UserId, w.Megan.DisplayName, "megan@contoso-crm.example", "Account Manager", "Sales", PresenceStatus.Available, Manager, HasPhoto: true),
                new(w.Lukas.UserId, w.Lukas.DisplayName, "lukas@contoso-crm.example", "Key Account Manager", "Sales", PresenceStatus.Busy, Manager, HasPhoto: true),
                new(w.Pat.UserId, w.Pat.DisplayName, "pat@fabrikampartners.example", "Partner Consultant", null, null, null, HasPhoto: false, IsGuest: true),
            ];
            return new PeopleContextResult([.. all.Where(p => request.PeopleIds.Contains(p.UserId))], [], false);
        }
    }

    private sealed class SignedLinks : IPersonPhotoLinks
    {
        public const string Host = "photos.crm.example";

        public static string For(string userId) => $"https://{Host}/{userId}?sig=test";

        public Uri? PhotoUrl(string tenantId, string userId) => new(For(userId));
    }
}
