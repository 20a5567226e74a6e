namespace TeamsCrm.Conversation.Tests.PeopleContext;

/// <summary>
/// The owner's photo on the customer card, through the real conversation and store: members get the photo link, a
/// guest's card carries none (the access policy clears the photo for guests; the card only follows it).
/// </summary>
public sealed class OwnerPhotoTurnTests
{
    private static async Task<TurnWorld> WorldAsync()
    {
        TurnWorld? created = null;
        var world = await TurnWorld.CreateAsync(services =>
        {
            services.AddSingleton<IPeopleContextSource>(new ProfileSource(() => created!.Megan));
            services.AddSingleton<IPersonPhotoLinks>(new FixedPhotoLinks());
        });
        created = world;
        return world;
    }

    [Fact]
    public async Task CustomerCard_Member_OwnerPhotoNextToAboutLine()
    {
        var world = await WorldAsync();

        var card = (await world.ClickAsync(world.Lukas, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        var image = Assert.Single(Images(card));
        Assert.Equal(FixedPhotoLinks.For(world.TenantId, world.Megan.UserId).AbsoluteUri, image["url"]!.GetValue<string>());
        Assert.Equal("Person", image["style"]!.GetValue<string>());
        Assert.Contains("About Megan Bowen: Account Manager", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerCard_Guest_NoImageAndNoPhotoLink()
    {
        var world = await WorldAsync();

        var card = (await world.ClickAsync(world.Pat, CardVerbs.Refresh, TurnWorld.Data((CardFields.AccountId, world.Fabrikam.Id)))).Card!;

        var json = card.ToJsonString();
        Assert.Contains("About Megan Bowen: Account Manager", json, StringComparison.Ordinal);
        Assert.Empty(Images(card));
        Assert.DoesNotContain(FixedPhotoLinks.Host, json, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonObject> Images(JsonNode card) => CardJson.OfType(card, "Image");

    /// <summary>The owner's profile with a title and a photo, for whoever is asked about.</summary>
    private sealed class ProfileSource(Func<Caller> owner) : IPeopleContextSource
    {
        public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new PeopleContextResult(
                [new PersonProfile(owner().UserId, owner().DisplayName, "megan@contoso-crm.example", "Account Manager", "Sales", PresenceStatus.Available, "Johanna Lorenz", HasPhoto: true)],
                [],
                false));
    }

    private sealed class FixedPhotoLinks : IPersonPhotoLinks
    {
        public const string Host = "photos.crm.example";

        public static Uri For(string tenantId, string userId) => new($"https://{Host}/{tenantId}/{userId}?sig=test");

        public Uri? PhotoUrl(string tenantId, string userId) => For(tenantId, userId);
    }
}
