using TeamsCrm.Conversation.MessageExtension;

namespace TeamsCrm.Conversation.Tests.MessageExtension;

/// <summary>
/// What the message extension puts into a conversation — the chosen result's card, an unfurled link, the anonymous
/// unfurl — is the name-only shell: checked on the JSON (every string, every data payload), read again with the
/// caller's access (ids sent back by the client are never trusted), and validated with the official Adaptive Cards
/// library.
/// </summary>
public sealed class InsertedCardTests(ITestOutputHelper output)
{
    private const string Link = "https://crm.example/tab/accounts/";

    [Fact]
    public async Task SelectAsync_ChosenAccount_NameOnlyShellWithRefreshForEveryReader()
    {
        var world = await TurnWorld.CreateAsync();
        var chosen = (await world.Extension.SearchAsync(world.Megan, "contoso", null, null, "en-US", default))[0];

        var card = await world.Extension.SelectAsync(world.Megan, chosen.SelectData, "en-US", default);

        Assert.NotNull(card);
        Assert.Equal(["Contoso Ltd", "Open the card to see the customer as your access allows, in your language.", "Show customer card"], Strings(card));
        Assert.Equal(CardVerbs.Refresh, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Null(card["refresh"]!["userIds"]);
        AssertOnlyAccountIdInData(card, world.Contoso.Id);
    }

    [Fact]
    public async Task SelectAsync_ChosenDeal_DealAndAccountNameOnly()
    {
        var world = await TurnWorld.CreateAsync();
        var chosen = (await world.Extension.SearchAsync(world.Pat, "rollout", null, null, "de-DE", default)).Single();

        var card = await world.Extension.SelectAsync(world.Pat, chosen.SelectData, "de-DE", default);

        Assert.NotNull(card);
        Assert.Equal(["Rollout", "Deal von Fabrikam Inc", "Öffnen Sie die Karte, um den Kunden so zu sehen, wie Ihre Berechtigung es erlaubt – in Ihrer Sprache.", "Kundenkarte anzeigen"], Strings(card));
        AssertOnlyAccountIdInData(card, world.Fabrikam.Id);
        var json = card.ToJsonString().Replace(world.Fabrikam.Id, "<id>", StringComparison.Ordinal); // ids are hex: digits in them are no amounts
        foreach (var secret in new[] { "12500", "12,500", "40", "Enterprise", "Testing", world.Megan.UserId, world.FabrikamRollout.Id })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SearchAsync_Guest_PreviewsCardsAndSelectDataCarryNothingInternal()
    {
        var world = await TurnWorld.CreateAsync();
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, world.Fabrikam.Id, new ContactInput("Rita", "Rollins", Role: "CFO", Email: "rita@fabrikam.example", Phone: "+1 555 0100")));
        TurnWorld.Ok(await world.Comments.AddAsync(world.Megan, world.Fabrikam.Id, new CommentInput("Internal: discount 30 percent")));

        var items = (await world.Extension.SearchAsync(world.Pat, "", null, null, "en-US", default))
            .Concat(await world.Extension.SearchAsync(world.Pat, "r", null, null, "en-US", default)).ToList();

        Assert.Contains(items, i => i.Title == "Rollout");
        Assert.Contains(items, i => i.Title == "Rita Rollins" && i.Subtitle == "Contact · Fabrikam Inc · CFO");
        foreach (var item in items)
        {
            var everything = item.Card.ToJsonString() + item.Title + item.Subtitle + item.Text + item.SelectData.ToJsonString();
            foreach (var id in item.SelectData.Select(p => p.Value!.GetValue<string>()))
            {
                everything = everything.Replace(id, "<id>", StringComparison.Ordinal); // ids are hex: digits in them are no amounts
            }

            foreach (var secret in new[] { "12500", "12,500", "40", "Enterprise", "Testing", "discount", "rita@", "555", "Contoso", "Renewal", "Müller", "Partners Ltd", world.Megan.UserId })
            {
                Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
            }

            Assert.Equal([SelectFields.Kind, CardFields.AccountId, SelectFields.RecordId], item.SelectData.Select(p => p.Key).Union([SelectFields.RecordId]));
        }
    }

    [Theory]
    [InlineData("Account", "contoso")]
    [InlineData("Deal", "renewal")]
    [InlineData("Account", "other-tenant")]
    [InlineData("Account", "malformed")]
    [InlineData("Secret", "fabrikam")]
    public async Task SelectAsync_RecordTheGuestMayNotSee_NoCard(string kind, string which)
    {
        var world = await TurnWorld.CreateAsync();
        var (accountId, recordId) = which switch
        {
            "contoso" => (world.Contoso.Id, (string?)null),
            "renewal" => (world.Contoso.Id, world.ContosoRenewal.Id),
            "other-tenant" => (world.OtherContoso.Id, null),
            "fabrikam" => (world.Fabrikam.Id, null),
            _ => ("not-an-id|x", null),
        };
        var data = TurnWorld.Data((SelectFields.Kind, kind), (CardFields.AccountId, accountId));
        if (recordId is not null)
        {
            data[SelectFields.RecordId] = recordId;
        }

        Assert.Null(await world.Extension.SelectAsync(world.Pat, data, "en-US", default));
    }

    [Fact]
    public async Task SelectAsync_ValuesOfTheWrongType_NoCard()
    {
        var world = await TurnWorld.CreateAsync();
        var data = new JsonObject { [SelectFields.Kind] = 0, [CardFields.AccountId] = new JsonArray(world.Contoso.Id) };

        Assert.Null(await world.Extension.SelectAsync(world.Megan, data, "en-US", default));
        Assert.Null(await world.Extension.SelectAsync(world.Megan, [], "en-US", default));
    }

    [Fact]
    public async Task UnfurlAsync_AppLinkToAnAccount_ShellForWhoeverMaySeeIt()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountLinkReader>(new TabLinks()));

        var member = await world.Extension.UnfurlAsync(world.Lukas, Link + world.Contoso.Id, "en-US", default);
        var guestUnshared = await world.Extension.UnfurlAsync(world.Pat, Link + world.Contoso.Id, "en-US", default);
        var guestShared = await world.Extension.UnfurlAsync(world.Pat, Link + world.Fabrikam.Id, "en-US", default);
        var otherTenant = await world.Extension.UnfurlAsync(world.Lukas, Link + world.OtherContoso.Id, "en-US", default);
        var otherLink = await world.Extension.UnfurlAsync(world.Lukas, "https://contoso.example/about", "en-US", default);
        var notALink = await world.Extension.UnfurlAsync(world.Lukas, "not a link", "en-US", default);

        Assert.Equal("Contoso Ltd", member!.Title);
        AssertOnlyAccountIdInData(member.Card, world.Contoso.Id);
        Assert.Null(guestUnshared);
        Assert.Equal("Fabrikam Inc", guestShared!.Title);
        Assert.Null(otherTenant);
        Assert.Null(otherLink);
        Assert.Null(notALink);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public void AnonymousUnfurl_AppNameOnly(string locale)
    {
        var item = RecordSearchCards.AnonymousUnfurl(locale);

        Assert.Equal(["TeamsCrm"], Strings(item.Card));
        Assert.Null(item.Card["refresh"]);
        Assert.Equal("1.3", item.Card["version"]!.GetValue<string>());
        Assert.Empty(item.SelectData);
        Assert.Equal("TeamsCrm", item.Title);
    }

    [Theory]
    [InlineData("en-US", "Please ask Megan Bowen to add you.")]
    [InlineData("de-DE", "Bitte wenden Sie sich an Megan Bowen, um hinzugefügt zu werden.")]
    public async Task AskWhomUnfurl_GuestInNoOrganisation_OneSentenceNamingOneAdminNoRecord(string locale, string ending)
    {
        var world = await TurnWorld.CreateAsync();
        await world.Settings.SaveAsync(world.TenantId, new TeamsCrm.Core.Settings.CrmSettings([world.Megan.AsPerson(), world.Lukas.AsPerson()]));
        var unassigned = new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest);

        var item = await world.AskWhom.UnfurlAsync(unassigned, locale);
        var forPartner = await world.AskWhom.UnfurlAsync(world.Pat, locale);
        var forMember = await world.AskWhom.SentenceAsync(world.Megan, locale);

        var sentence = Assert.Single(Strings(item!.Card));
        Assert.EndsWith(ending, sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("Lukas", sentence, StringComparison.Ordinal);
        Assert.Equal(("1.3", sentence), (item.Card["version"]!.GetValue<string>(), item.Subtitle));
        Assert.Empty(item.SelectData);
        Assert.Null(forPartner);
        Assert.Null(forMember);
    }

    [Fact]
    public async Task InsertedCards_AllKindsAndLanguages_ValidWithTheAdaptiveCardsLibrary()
    {
        var world = await TurnWorld.CreateAsync(services => services.AddSingleton<IAccountLinkReader>(new TabLinks()));
        var unassigned = new Caller(world.TenantId, Guid.NewGuid().ToString(), "Eve", CallerRole.Guest);
        TurnWorld.Ok(await world.Contacts.CreateAsync(world.Megan, world.Contoso.Id, new ContactInput("Renate", "Wolf", Role: "Buyer")));
        var cards = new Dictionary<string, JsonObject>();
        foreach (var locale in new[] { "en-US", "de-DE" })
        {
            foreach (var item in await world.Extension.SearchAsync(world.Megan, "ren", null, null, locale, default))
            {
                cards[$"search-{locale}-{item.Title}"] = item.Card;
                cards[$"select-{locale}-{item.Title}"] = (await world.Extension.SelectAsync(world.Megan, item.SelectData, locale, default))!;
            }

            cards[$"unfurl-{locale}"] = (await world.Extension.UnfurlAsync(world.Pat, Link + world.Fabrikam.Id, locale, default))!.Card;
            cards[$"anonymous-{locale}"] = RecordSearchCards.AnonymousUnfurl(locale).Card;
            cards[$"askwhom-{locale}"] = (await world.AskWhom.UnfurlAsync(unassigned, locale))!.Card;
        }

        var folder = CardValidator.NewFolder("msgext");
        foreach (var (name, card) in cards)
        {
            CardValidator.Write(folder, name.Replace(' ', '-'), card);
        }

        var results = CardValidator.Validate(folder);
        var events = results.SelectMany(r => r.Events.Select(e => $"{r.File}: {e.Phase}/{e.Event}: {e.Message}")).ToArray();
        output.WriteLine($"Validated {results.Count} message extension cards: {events.Length} events.");
        Assert.Equal(cards.Count, results.Count);
        Assert.True(cards.Count >= 10, $"Only {cards.Count} cards.");
        Assert.Empty(events);
    }

    /// <summary>Every distinct string value of the card except its structure (types, version, schema, verbs, ids).</summary>
    private static List<string> Strings(JsonNode card)
    {
        var skip = new HashSet<string>(StringComparer.Ordinal) { "type", "version", "$schema", "verb", "weight", "size", "spacing", "width", "wrap", CardFields.AccountId };
        var strings = new List<string>();
        void Walk(JsonNode? node, string? name)
        {
            switch (node)
            {
                case JsonObject obj when name != "refresh":
                    foreach (var (key, value) in obj)
                    {
                        Walk(value, key);
                    }

                    break;
                case JsonArray array:
                    foreach (var value in array)
                    {
                        Walk(value, name);
                    }

                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String && name is not null && !skip.Contains(name):
                    strings.Add(value.GetValue<string>());
                    break;
            }
        }

        Walk(card, null);
        return strings.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every data payload (the button's, its fallback's and the refresh's) carries the account's id and nothing else.</summary>
    private static void AssertOnlyAccountIdInData(JsonNode card, string accountId)
    {
        var payloads = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (key, value) in obj)
                {
                    if (key == "data" && value is JsonObject data)
                    {
                        payloads.Add(data);
                    }

                    Walk(value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var value in array)
                {
                    Walk(value);
                }
            }
        }

        Walk(card);
        Assert.Equal(3, payloads.Count); // the button, its Action.Submit fallback (which adds the verb) and the refresh
        Assert.All(payloads, data =>
        {
            Assert.Equal(accountId, data[CardFields.AccountId]!.GetValue<string>());
            Assert.All(data, pair => Assert.True(pair.Key == CardFields.AccountId || (pair.Key == "verb" && pair.Value!.GetValue<string>() == CardVerbs.Refresh), pair.Key));
        });
    }

    /// <summary>The host's links in tests: https://crm.example/tab/accounts/{id}.</summary>
    private sealed class TabLinks : IAccountLinkReader
    {
        public string? AccountIdOf(Uri link) =>
            link.AbsoluteUri.StartsWith(Link, StringComparison.Ordinal) ? link.AbsoluteUri[Link.Length..] : null;
    }
}
