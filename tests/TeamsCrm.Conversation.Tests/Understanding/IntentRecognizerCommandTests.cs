namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>The command words Teams inserts from the app manifest, alone and completed, in both languages.</summary>
public sealed class IntentRecognizerCommandTests
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData("show", Intent.ShowAccount)]
    [InlineData("zeig", Intent.ShowAccount)]
    [InlineData("my deals", Intent.MyDeals)]
    [InlineData("meine Deals", Intent.MyDeals)]
    [InlineData("my handoffs", Intent.MyHandoffs)]
    [InlineData("meine Übergaben", Intent.MyHandoffs)]
    [InlineData("my tasks", Intent.MyTasks)]
    [InlineData("meine Aufgaben", Intent.MyTasks)]
    [InlineData("hand off", Intent.HandOffDeal)]
    [InlineData("übergib", Intent.HandOffDeal)]
    [InlineData("comment on", Intent.CommentOnAccount)]
    [InlineData("kommentiere", Intent.CommentOnAccount)]
    [InlineData("log call with", Intent.LogInteraction)]
    [InlineData("Anruf mit", Intent.LogInteraction)]
    [InlineData("new lead", Intent.CreateLead)]
    [InlineData("neuer Lead", Intent.CreateLead)]
    [InlineData("help", Intent.Help)]
    [InlineData("hilfe", Intent.Help)]
    public void Recognize_ManifestCommandAlone_Intent(string text, Intent expected)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(expected, result.Intent);
        Assert.Null(result.AccountPhrase);
        Assert.Null(result.DealPhrase);
    }

    [Theory]
    [InlineData("zeig Müller Maschinenbau", "Müller Maschinenbau")]
    [InlineData("show Müller Maschinenbau", "Müller Maschinenbau")]
    [InlineData("<at>CRM</at> zeig fabrikam", "fabrikam")]
    public void Recognize_ShowCompleted_AccountPhrase(string text, string account)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.ShowAccount, result.Intent);
        Assert.Equal(account, result.AccountPhrase);
    }

    [Theory]
    [InlineData("hand off Contoso renewal to Megan: note", UtteranceLanguage.English)]
    [InlineData("übergib Contoso Verlängerung an Megan: Notiz", UtteranceLanguage.German)]
    public void Recognize_HandOffCompleted_DealRecipientNoteAndLanguage(string text, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.HandOffDeal, result.Intent);
        Assert.Equal("Megan", result.RecipientPhrase);
        Assert.NotNull(result.DealPhrase);
        Assert.NotNull(result.Text);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("comment on Contoso: hi", Intent.CommentOnAccount, UtteranceLanguage.English)]
    [InlineData("kommentiere Contoso: hallo", Intent.CommentOnAccount, UtteranceLanguage.German)]
    [InlineData("log call with Anna at Contoso: hi", Intent.LogInteraction, UtteranceLanguage.English)]
    [InlineData("Anruf mit Anna bei Contoso: hallo", Intent.LogInteraction, UtteranceLanguage.German)]
    public void Recognize_ColonCommands_AccountAndLanguage(string text, Intent intent, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(intent, result.Intent);
        Assert.Equal("Contoso", result.AccountPhrase);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("Contoso", "de-DE", UtteranceLanguage.German)]
    [InlineData("Contoso", "en-GB", UtteranceLanguage.English)]
    [InlineData("Contoso", null, UtteranceLanguage.English)]
    [InlineData("zeig mir Contoso", "en-US", UtteranceLanguage.German)]
    [InlineData("show me Müller Maschinenbau", "de-DE", UtteranceLanguage.English)]
    public void Recognize_Language_WordsFirstThenLocale(string text, string? locale, UtteranceLanguage expected)
    {
        var result = _recognizer.Recognize(text, locale is null ? null : CultureInfo.GetCultureInfo(locale));

        Assert.Equal(expected, result.Language);
    }

    [Theory]
    [InlineData("what's the weather tomorrow?")]
    [InlineData("erzähl mir einen Witz")]
    [InlineData("thanks")]
    public void Recognize_ChitChat_Unknown(string text)
    {
        Assert.Equal(Intent.Unknown, _recognizer.Recognize(text, null).Intent);
    }
}
