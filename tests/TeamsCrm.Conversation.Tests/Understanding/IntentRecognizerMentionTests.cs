namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class IntentRecognizerMentionTests
{
    private static readonly Mention[] Megan = [new("<at>Megan Bowen</at>", "user-megan")];

    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Fact]
    public void Recognize_BotMentionFirst_StrippedWithoutMentionList()
    {
        var result = _recognizer.Recognize("<at>CRM</at> show Contoso", CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(Intent.ShowAccount, result.Intent);
        Assert.Equal("Contoso", result.AccountPhrase);
    }

    [Fact]
    public void Recognize_BotMentionInTheMiddle_StrippedWhenPeopleAreListed()
    {
        var result = _recognizer.Recognize("hey <at>CRM Bot</at> zeig Contoso", null, Megan);

        Assert.Equal(Intent.ShowAccount, result.Intent);
        Assert.Equal("Contoso", result.AccountPhrase);
    }

    [Fact]
    public void Recognize_MentionedRecipient_ResolvesUserId()
    {
        var result = _recognizer.Recognize(
            "<at>CRM</at> hand off the Contoso renewal to <at>Megan Bowen</at>: they asked for a German speaker", null, Megan);

        Assert.Equal(Intent.HandOffDeal, result.Intent);
        Assert.Equal("Contoso renewal", result.DealPhrase);
        Assert.Equal("Megan Bowen", result.RecipientPhrase);
        Assert.Equal("user-megan", result.RecipientUserId);
        Assert.Equal("they asked for a German speaker", result.Text);
    }

    [Theory]
    [InlineData("hand off the Contoso renewal to @Megan")]
    [InlineData("übergib Contoso Verlängerung an megan bowen")]
    [InlineData("übergib Contoso Verlängerung an @Megan bis Freitag")]
    public void Recognize_TypedNameOfAMentionedPerson_ResolvesUserId(string text)
    {
        var result = _recognizer.Recognize(text, null, Megan);

        Assert.Equal("user-megan", result.RecipientUserId);
    }

    [Fact]
    public void Recognize_RecipientNotMentioned_HasNoUserId()
    {
        var result = _recognizer.Recognize("pass the Northwind deal to Adele", null, Megan);

        Assert.Equal("Adele", result.RecipientPhrase);
        Assert.Null(result.RecipientUserId);
    }

    [Fact]
    public void Recognize_MentionWithoutList_KeepsTheNameAsRecipient()
    {
        var result = _recognizer.Recognize("übergib Litware Ausbau an <at>Alex Wilber</at>", null);

        Assert.Equal("Alex Wilber", result.RecipientPhrase);
        Assert.Null(result.RecipientUserId);
    }
}
