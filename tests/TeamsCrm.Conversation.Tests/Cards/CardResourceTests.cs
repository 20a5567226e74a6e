using System.Xml.Linq;

namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class CardResourceTests
{
    private static readonly string Folder = Path.Combine(CardValidator.RepoRoot, "src", "TeamsCrm.Conversation", "Cards", "Resources");

    [Fact]
    public void Resx_EveryKey_ExistsInEnglishAndGermanWithText()
    {
        var english = Read("CardStrings.resx");
        var german = Read("CardStrings.de.resx");

        Assert.True(english.Count > 100, $"Only {english.Count} English texts.");
        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.Empty(german.Keys.Except(english.Keys));
        Assert.All(english.Concat(german), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty."));
    }

    [Fact]
    public void Resx_EveryEnumValueShown_HasAText()
    {
        var english = Read("CardStrings.resx");
        var enums = new[]
        {
            typeof(Core.Deals.DealStage), typeof(Core.Interactions.InteractionChannel), typeof(Core.Interactions.InteractionDirection),
            typeof(Core.Handoffs.HandoffStatus), typeof(Core.Accounts.AccountStatus), typeof(Core.Contacts.PreferredChannel), typeof(Core.Partners.ShareLevel),
        };
        var keys = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}.{n}")).ToArray();

        Assert.All(keys, key => Assert.True(english.ContainsKey(key), $"No text for {key}."));
        Assert.All(Enum.GetNames<Core.Common.CrmErrorKind>(), kind => Assert.True(english.ContainsKey($"Error.Title.{kind}"), $"No title for {kind}."));
    }

    [Fact]
    public void Resx_Placeholders_MatchBetweenLanguages()
    {
        var english = Read("CardStrings.resx");
        var german = Read("CardStrings.de.resx");

        foreach (var (key, text) in english)
        {
            Assert.True(Placeholders(text).SetEquals(Placeholders(german[key])), $"{key}: placeholders differ between \"{text}\" and \"{german[key]}\".");
        }
    }

    [Fact]
    public void Resx_GermanTexts_AreTranslated()
    {
        var english = Read("CardStrings.resx");
        var german = Read("CardStrings.de.resx");
        var same = english.Where(p => p.Value == german[p.Key]).Select(p => p.Key).ToArray();

        // Words that are the same in both languages (Deal, Status, Website, Details, Segment…) may repeat; sentences may not.
        Assert.True(same.Length < english.Count / 10, $"Untranslated: {string.Join(", ", same)}");
        Assert.All(same, key => Assert.DoesNotContain(' ', english[key].Trim()));
    }

    [Fact]
    public void Build_GermanContext_RendersGermanText()
    {
        var card = CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.German, CardCatalogue.FullOptions);
        var text = CardJson.AllText(card);

        Assert.Contains("Offene Pipeline: 2 Deals", text, StringComparison.Ordinal);
        Assert.Contains("Frühere Kommentare finden Sie im Kunden-Tab.", text, StringComparison.Ordinal);
        Assert.Contains("Kommentieren", text, StringComparison.Ordinal);
        Assert.Contains("Angebot", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Open pipeline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EnglishContext_RendersEnglishText()
    {
        var card = HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(Core.Handoffs.HandoffStatus.Pending), CardCatalogue.Subject, CardContext.English);
        var text = CardJson.AllText(card);

        Assert.Contains("Accept", text, StringComparison.Ordinal);
        Assert.Contains("would like to hand the deal “Retrofit line 3”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Annehmen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", "Annehmen", "möchte Ihnen den Deal „Retrofit line 3“")]
    [InlineData("de-AT", "Annehmen", "Ablehnen")]
    [InlineData("en-GB", "Accept", "Decline")]
    [InlineData("fr-FR", "Accept", "Decline")]
    [InlineData(null, "Accept", "Decline")]
    public void ForLocale_ActivityLocale_PicksLanguage(string? locale, string first, string second)
    {
        var card = HandoffCardBuilder.ForRecipient(CardCatalogue.HandoffIn(Core.Handoffs.HandoffStatus.Pending), CardCatalogue.Subject, CardContext.ForLocale(locale));
        var text = CardJson.AllText(card);

        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static HashSet<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value)];
}
