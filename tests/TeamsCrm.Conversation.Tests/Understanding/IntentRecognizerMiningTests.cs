namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>The data mining's questions in English and German, with the product as named, and the near-misses that stay what they were.</summary>
public sealed class IntentRecognizerMiningTests
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData("which customers are interested in Sensor Pro", "Sensor Pro", UtteranceLanguage.English)]
    [InlineData("Which customers are interested in Sensor Pro?", "Sensor Pro", UtteranceLanguage.English)]
    [InlineData("what kind of customers buy the Gauge X2", "the Gauge X2", UtteranceLanguage.English)]
    [InlineData("which industries look at Sensor Pro", "Sensor Pro", UtteranceLanguage.English)]
    [InlineData("who buys Sensor Pro", "Sensor Pro", UtteranceLanguage.English)]
    [InlineData("who is interested in \"Valve\"", "Valve", UtteranceLanguage.English)]
    [InlineData("product insights for Sensor Pro", "Sensor Pro", UtteranceLanguage.English)]
    [InlineData("welche Kunden interessieren sich für Sensor Pro", "Sensor Pro", UtteranceLanguage.German)]
    [InlineData("Welche Branchen interessieren sich für das Ventil?", "das Ventil", UtteranceLanguage.German)]
    [InlineData("wer kauft Sensor Pro", "Sensor Pro", UtteranceLanguage.German)]
    [InlineData("Produktauswertung für Sensor Pro", "Sensor Pro", UtteranceLanguage.German)]
    public void Recognize_ProductQuestions_ProductInsightsWithTheProduct(string text, string product, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.ProductInsights, result.Intent);
        Assert.Equal(product, result.ProductPhrase);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("product insights")]
    [InlineData("show me the product insights")]
    [InlineData("Produkt-Insights")]
    [InlineData("Produktauswertung")]
    public void Recognize_ProductInsightsAlone_EveryProduct(string text)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.ProductInsights, result.Intent);
        Assert.Null(result.ProductPhrase);
    }

    [Theory]
    [InlineData("which customers are at risk", Intent.AtRiskCustomers)]
    [InlineData("who should I call today", Intent.CallList)]
    [InlineData("show Product Partners GmbH", Intent.ShowAccount)]
    [InlineData("who called me today", Intent.Unknown)]
    public void Recognize_NearMisses_StayWhatTheyWere(string text, Intent expected)
    {
        Assert.Equal(expected, _recognizer.Recognize(text, null).Intent);
    }
}
