namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class IntentRecognizerInputTests(ITestOutputHelper output)
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t\r")]
    [InlineData("\u0000\u0007")]
    [InlineData("<at>CRM</at>")]
    [InlineData("🙂🚀")]
    [InlineData(": only a colon")]
    public void Recognize_EmptyOrNoCommand_Unknown(string? text)
    {
        var result = _recognizer.Recognize(text, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal(Intent.Unknown, result.Intent);
        Assert.Null(result.AccountPhrase);
    }

    [Fact]
    public void Recognize_EmptyWithGermanLocale_AnswersInGerman()
    {
        var result = _recognizer.Recognize("  ", CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal(UtteranceLanguage.German, result.Language);
    }

    [Theory]
    [InlineData("comment on Contoso: ", 'a')]
    [InlineData("", 'x')]
    [InlineData("hand off ", ' ')]
    [InlineData("show ", '(')]
    public void Recognize_TenThousandCharacters_AnswersFastWithoutThrowing(string prefix, char filler)
    {
        var text = prefix + new string(filler, 10_000);
        _recognizer.Recognize("warm up", null);
        var watch = Stopwatch.StartNew();

        var result = _recognizer.Recognize(text, null);

        output.WriteLine($"{text.Length} characters: {watch.Elapsed.TotalMilliseconds:F1} ms, {result.Intent}");
        Assert.True(watch.ElapsedMilliseconds < 1_000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.True(result.AccountPhrase is null || result.AccountPhrase.Length <= InputCleaner.MaxHead);
    }

    [Fact]
    public void Recognize_RepeatedHandOffWords_BoundedWork()
    {
        var text = string.Concat(Enumerable.Repeat("hand off x to y an z ", 600));
        var watch = Stopwatch.StartNew();

        var result = _recognizer.Recognize(text, null);

        output.WriteLine($"{text.Length} characters: {watch.Elapsed.TotalMilliseconds:F1} ms");
        Assert.True(watch.ElapsedMilliseconds < 1_000, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(Intent.HandOffDeal, result.Intent);
    }

    [Fact]
    public void Recognize_LongCommentBody_KeepsTheWholeText()
    {
        var body = new string('b', 3_000);

        var result = _recognizer.Recognize($"comment on Contoso: {body}", null);

        Assert.Equal(Intent.CommentOnAccount, result.Intent);
        Assert.Equal(body, result.Text);
    }

    [Fact]
    public void Recognize_ColonBeyondTheCommandLimit_IsNotASeparator()
    {
        var result = _recognizer.Recognize("comment on " + new string('c', 600) + ": text", null);

        Assert.Equal(Intent.CommentOnAccount, result.Intent);
        Assert.Null(result.Text);
    }

    [Fact]
    public void Recognize_ControlAndFormatCharacters_Ignored()
    {
        var result = _recognizer.Recognize("sh\u200Bow\u0007 Con\u0000toso\r\n", null);

        Assert.Equal(Intent.ShowAccount, result.Intent);
        Assert.Equal("Contoso", result.AccountPhrase);
    }

    [Fact]
    public void Recognize_HtmlEntities_Decoded()
    {
        var result = _recognizer.Recognize("show Schmidt &amp; Söhne", null);

        Assert.Equal("Schmidt & Söhne", result.AccountPhrase);
    }

    [Fact]
    public void Recognize_CommentWithoutColon_HasNoText()
    {
        var result = _recognizer.Recognize("comment on Contoso", null);

        Assert.Equal(Intent.CommentOnAccount, result.Intent);
        Assert.Equal("Contoso", result.AccountPhrase);
        Assert.Null(result.Text);
    }

    [Fact]
    public void Recognize_TextAfterColon_KeepsLineBreaksAndEmoji()
    {
        var result = _recognizer.Recognize("Kommentar zu Contoso: Zeile 1\nZeile 2 🎉", null);

        Assert.Equal("Zeile 1\nZeile 2 🎉", result.Text);
    }

    [Theory]
    [InlineData("show ")]
    [InlineData("log call with ")]
    [InlineData("übergib ")]
    [InlineData("")]
    public void Recognize_AdversarialRepetition_BoundedWork(string prefix)
    {
        var text = prefix + string.Concat(Enumerable.Repeat("a an to bei mit von at ", 500));
        _recognizer.Recognize("warm up", null);
        var watch = Stopwatch.StartNew();

        _recognizer.Recognize(text, null);

        output.WriteLine($"{text.Length} characters: {watch.Elapsed.TotalMilliseconds:F1} ms");
        Assert.True(watch.ElapsedMilliseconds < 1_000, $"took {watch.ElapsedMilliseconds} ms");
    }
}
