using TeamsCrm.Conversation.MessageExtension;

namespace TeamsCrm.Conversation.Tests.MessageExtension;

/// <summary>
/// The message extension's search against Azurite on the real use cases (<see cref="TurnWorld"/>): accounts by the bot's
/// folded, typo-tolerant name search, deals and contacts, the initial run, paging, German, and what a guest finds.
/// </summary>
public sealed class RecordSearchCardsTests
{
    [Fact]
    public async Task SearchAsync_AccountName_FindsItWithOwnerAndNotTheOtherTenantsNamesake()
    {
        var world = await TurnWorld.CreateAsync();

        var items = await world.Extension.SearchAsync(world.Lukas, "contoso", null, null, "en-US", default);

        var contoso = Assert.Single(items, i => i.Title == "Contoso Ltd");
        Assert.Equal("Account", contoso.Subtitle);
        Assert.Equal("Owner: Megan Bowen", contoso.Text);
        Assert.Equal(world.Contoso.Id, contoso.SelectData[CardFields.AccountId]!.GetValue<string>());
        Assert.DoesNotContain(items, i => i.SelectData[CardFields.AccountId]!.GetValue<string>() == world.OtherContoso.Id);
    }

    [Theory]
    [InlineData("Contsoo")]
    [InlineData("MUELLER maschinenbau")]
    [InlineData("müller")]
    public async Task SearchAsync_TypoCaseOrUmlaut_FindsTheAccountLikeTheBot(string query)
    {
        var world = await TurnWorld.CreateAsync();
        var expected = query.StartsWith("Con", StringComparison.Ordinal) ? world.Contoso : world.Mueller;

        var items = await world.Extension.SearchAsync(world.Lukas, query, null, null, "en-US", default);

        Assert.Equal(expected.Id, items[0].SelectData[CardFields.AccountId]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchAsync_DealTitleAndContactName_FindsThemWithStageAndRole()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, world.Contoso.Id, new ContactInput("Renate", "Wolf", Role: "Buyer")));

        var items = await world.Extension.SearchAsync(world.Megan, "ren", null, null, "en-US", default);

        var deal = Assert.Single(items, i => i.Title == "Renewal 2027");
        Assert.Equal("Deal · Contoso Ltd · New", deal.Subtitle);
        Assert.Equal(nameof(RecordKind.Deal), deal.SelectData[SelectFields.Kind]!.GetValue<string>());
        var contact = Assert.Single(items, i => i.Title == "Renate Wolf");
        Assert.Equal("Contact · Contoso Ltd · Buyer", contact.Subtitle);
    }

    [Fact]
    public async Task SearchAsync_EmptyQuery_ListsTheCallersOwnAccountsThenOpenDeals()
    {
        var world = await TurnWorld.CreateAsync();

        var megan = await world.Extension.SearchAsync(world.Megan, "  ", null, null, "en-US", default);
        var lukas = await world.Extension.SearchAsync(world.Lukas, null, null, null, "en-US", default);

        Assert.Equal(["Contoso Ltd", "Fabrikam Inc", "Fabrikam Partners Ltd", "Müller Maschinenbau GmbH", "Renewal 2027", "Rollout"], megan.Select(i => i.Title));
        Assert.Empty(lukas);
    }

    [Fact]
    public async Task SearchAsync_SkipAndCount_PageThroughTheResults()
    {
        var world = await TurnWorld.CreateAsync();

        var first = await world.Extension.SearchAsync(world.Megan, "", 0, 4, "en-US", default);
        var second = await world.Extension.SearchAsync(world.Megan, "", 4, 4, "en-US", default);
        var beyond = await world.Extension.SearchAsync(world.Megan, "", 6, 4, "en-US", default);
        var bad = await world.Extension.SearchAsync(world.Megan, "", -3, 0, "en-US", default);

        Assert.Equal(4, first.Count);
        Assert.Equal(["Renewal 2027", "Rollout"], second.Select(i => i.Title));
        Assert.Empty(beyond);
        Assert.Equal(["Contoso Ltd"], bad.Select(i => i.Title));
    }

    [Fact]
    public async Task SearchAsync_Guest_FindsOnlyWhatIsSharedWithTheirOrganisation()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, world.Contoso.Id, new ContactInput("Fabian", "Klein")));

        var fabrikam = await world.Extension.SearchAsync(world.Pat, "fabrikam", null, null, "en-US", default);
        var contoso = await world.Extension.SearchAsync(world.Pat, "contoso", null, null, "en-US", default);
        var own = await world.Extension.SearchAsync(world.Pat, "", null, null, "en-US", default);
        var renewal = await world.Extension.SearchAsync(world.Pat, "renewal", null, null, "en-US", default);

        Assert.Equal(["Fabrikam Inc"], fabrikam.Select(i => i.Title));
        Assert.Empty(contoso);
        Assert.Empty(renewal);
        Assert.Equal(["Fabrikam Inc", "Rollout"], own.Select(i => i.Title));
    }

    [Fact]
    public async Task SearchAsync_German_PreviewInGerman()
    {
        var world = await TurnWorld.CreateAsync();

        var items = await world.Extension.SearchAsync(world.Megan, "", null, null, "de-DE", default);

        Assert.Equal("Kunde", items[0].Subtitle);
        Assert.Equal("Verantwortlich: Megan Bowen", items[0].Text);
        Assert.Equal("Deal · Contoso Ltd · Neu", items.Single(i => i.Title == "Renewal 2027").Subtitle);
    }

    [Fact]
    public async Task SearchAsync_QueryOfOnlyPunctuationOrVeryLong_AnswersWithoutError()
    {
        var world = await TurnWorld.CreateAsync();

        var punctuation = await world.Extension.SearchAsync(world.Megan, "?!", null, null, "en-US", default);
        var longQuery = await world.Extension.SearchAsync(world.Megan, new string('x', 5000), null, null, "en-US", default);

        Assert.Equal(6, punctuation.Count);
        Assert.Empty(longQuery);
    }
}
