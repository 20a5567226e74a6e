namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class PhraseAndWordTests
{
    [Theory]
    [InlineData("the Contso account", "Contso")]
    [InlineData("die Firma Northwind", "Northwind")]
    [InlineData("den Kunden Bäckerei Schäfer", "Bäckerei Schäfer")]
    [InlineData("\"Contoso Ltd\"?", "Contoso Ltd")]
    [InlineData("Contoso an", "Contoso")]
    [InlineData("the", null)]
    public void Account_Phrase_NameOnly(string phrase, string? expected)
    {
        Assert.Equal(expected, PhraseCleaner.Account(FoldedText.Of(phrase)));
    }

    [Theory]
    [InlineData("the Northwind deal", "Northwind")]
    [InlineData("den Deal Adventure Works Upgrade", "Adventure Works Upgrade")]
    [InlineData("das Angebot Müller Maschinenbau", "Müller Maschinenbau")]
    [InlineData("Contoso renewal", "Contoso renewal")]
    public void Deal_Phrase_NameOnly(string phrase, string expected)
    {
        Assert.Equal(expected, PhraseCleaner.Deal(FoldedText.Of(phrase)));
    }

    [Theory]
    [InlineData("@Megan", "Megan")]
    [InlineData("Herrn Weber", "Weber")]
    [InlineData("Dr. Anna Schmidt", "Anna Schmidt")]
    public void Person_Phrase_NameOnly(string phrase, string expected)
    {
        Assert.Equal(expected, PhraseCleaner.Person(FoldedText.Of(phrase)));
    }

    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("GROSSE STRAßE", "grosse strase")]
    [InlineData("Café’s", "cafe's")]
    public void Fold_Text_SameLengthLowerCase(string text, string expected)
    {
        var folded = MatchText.Fold(text);

        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Theory]
    [InlineData("übergib", true)]
    [InlineData("uebergib", true)]
    [InlineData("ubergib", true)]
    [InlineData("obergib", false)]
    public void Compile_UmlautPattern_MatchesEverySpelling(string text, bool matches)
    {
        Assert.Equal(matches, MatchText.Compile("^übergib$").IsMatch(MatchText.Fold(text)));
    }

    [Theory]
    [InlineData("teams call", InteractionChannel.Teams)]
    [InlineData("vor-ort-termin", InteractionChannel.InPerson)]
    [InlineData("telefonat", InteractionChannel.Phone)]
    [InlineData("e-mail", InteractionChannel.Email)]
    [InlineData("besprechung", InteractionChannel.Meeting)]
    [InlineData("webinar", InteractionChannel.Web)]
    [InlineData("xing-nachricht", InteractionChannel.Social)]
    [InlineData("gesprochen", null)]
    public void Parse_ChannelWord_Channel(string word, InteractionChannel? expected)
    {
        Assert.Equal(expected, ChannelWords.Parse(word));
    }

    [Theory]
    [InlineData("Contoso", true)]
    [InlineData("fabrikam partners ltd", true)]
    [InlineData("tell me a joke", false)]
    [InlineData("danke", false)]
    [InlineData("one two three four five six", false)]
    [InlineData("!!!", false)]
    public void Matches_Phrase_LooksLikeAName(string text, bool expected)
    {
        Assert.Equal(expected, BareName.Matches(FoldedText.Of(text)));
    }
}
