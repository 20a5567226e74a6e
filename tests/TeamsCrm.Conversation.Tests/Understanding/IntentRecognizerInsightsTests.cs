namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>The analytical questions in English and German (pipeline, forecast, call list, at-risk customers) and the near-misses that stay what they were.</summary>
public sealed class IntentRecognizerInsightsTests
{
    private readonly IntentRecognizer _recognizer = Recognizers.AtNow();

    [Theory]
    [InlineData("pipeline", InsightsReach.Mine, null)]
    [InlineData("my pipeline", InsightsReach.Mine, UtteranceLanguage.English)]
    [InlineData("show me my pipeline", InsightsReach.Mine, UtteranceLanguage.English)]
    [InlineData("what's in my pipeline?", InsightsReach.Mine, UtteranceLanguage.English)]
    [InlineData("team pipeline", InsightsReach.Team, UtteranceLanguage.English)]
    [InlineData("show the team's pipeline", InsightsReach.Team, UtteranceLanguage.English)]
    [InlineData("how is our pipeline looking", InsightsReach.Team, UtteranceLanguage.English)]
    [InlineData("sales pipeline", InsightsReach.Mine, null)]
    [InlineData("Pipeline", InsightsReach.Mine, null)]
    [InlineData("meine Pipeline", InsightsReach.Mine, UtteranceLanguage.German)]
    [InlineData("zeig mir die Pipeline vom Team", InsightsReach.Team, UtteranceLanguage.German)]
    [InlineData("unsere Pipeline", InsightsReach.Team, UtteranceLanguage.German)]
    [InlineData("was ist in meiner Pipeline?", InsightsReach.Mine, UtteranceLanguage.German)]
    [InlineData("Team-Pipeline", InsightsReach.Team, null)]
    public void Recognize_PipelineQuestions_PipelineWithReach(string text, InsightsReach reach, UtteranceLanguage? language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.Pipeline, result.Intent);
        Assert.Equal(reach, result.Reach);
        if (language is not null)
        {
            Assert.Equal(language, result.Language);
        }
    }

    [Theory]
    [InlineData("forecast this quarter", "2026-10-01", "2027-01-01", UtteranceLanguage.English)]
    [InlineData("forecast", null, null, null)]
    [InlineData("forecast next quarter", "2027-01-01", "2027-04-01", UtteranceLanguage.English)]
    [InlineData("show me the forecast for next month", "2026-12-01", "2027-01-01", UtteranceLanguage.English)]
    [InlineData("forecast for March", "2027-03-01", "2027-04-01", UtteranceLanguage.English)]
    [InlineData("forecast for November", "2026-11-01", "2026-12-01", UtteranceLanguage.English)]
    [InlineData("forecast Q2 2027", "2027-04-01", "2027-07-01", null)]
    [InlineData("next quarter's forecast", "2027-01-01", "2027-04-01", UtteranceLanguage.English)]
    [InlineData("what will close this quarter", "2026-10-01", "2027-01-01", UtteranceLanguage.English)]
    [InlineData("Prognose dieses Quartal", "2026-10-01", "2027-01-01", UtteranceLanguage.German)]
    [InlineData("Prognose für nächstes Quartal", "2027-01-01", "2027-04-01", UtteranceLanguage.German)]
    [InlineData("Prognose für März", "2027-03-01", "2027-04-01", UtteranceLanguage.German)]
    [InlineData("zeig mir die Prognose für Dezember", "2026-12-01", "2027-01-01", UtteranceLanguage.German)]
    [InlineData("Prognose dieses Jahr", "2026-01-01", "2027-01-01", UtteranceLanguage.German)]
    public void Recognize_ForecastQuestions_ForecastWithMonths(string text, string? from, string? to, UtteranceLanguage? language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.Forecast, result.Intent);
        Assert.Equal(from is null ? null : new MonthRange(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to!, CultureInfo.InvariantCulture)), result.Months);
        Assert.Null(result.PeriodPhrase);
        if (language is not null)
        {
            Assert.Equal(language, result.Language);
        }
    }

    [Fact]
    public void Recognize_ForecastOfTheTeam_TeamReach()
    {
        var result = _recognizer.Recognize("team forecast next quarter", null);

        Assert.Equal(Intent.Forecast, result.Intent);
        Assert.Equal(InsightsReach.Team, result.Reach);
    }

    [Fact]
    public void Recognize_ForecastOfSomethingThatIsNoPeriod_KeepsThePhraseAndNoMonths()
    {
        var result = _recognizer.Recognize("forecast for Contoso", null);

        Assert.Equal(Intent.Forecast, result.Intent);
        Assert.Null(result.Months);
        Assert.Equal("Contoso", result.PeriodPhrase);
    }

    [Theory]
    [InlineData("who should I call today", UtteranceLanguage.English)]
    [InlineData("Who should I call today?", UtteranceLanguage.English)]
    [InlineData("who should I call first", UtteranceLanguage.English)]
    [InlineData("who to call today", UtteranceLanguage.English)]
    [InlineData("my call list", UtteranceLanguage.English)]
    [InlineData("call list for today", UtteranceLanguage.English)]
    [InlineData("wen soll ich heute anrufen", UtteranceLanguage.German)]
    [InlineData("Wen soll ich heute anrufen?", UtteranceLanguage.German)]
    [InlineData("wen sollte ich zuerst kontaktieren", UtteranceLanguage.German)]
    [InlineData("Anrufliste für heute", UtteranceLanguage.German)]
    public void Recognize_CallListQuestions_CallList(string text, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.CallList, result.Intent);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("which customers are at risk", UtteranceLanguage.English)]
    [InlineData("Which customers are at risk?", UtteranceLanguage.English)]
    [InlineData("show me the accounts at risk", UtteranceLanguage.English)]
    [InlineData("at-risk customers", UtteranceLanguage.English)]
    [InlineData("which accounts are going cold", UtteranceLanguage.English)]
    [InlineData("welche Kunden sind gefährdet", UtteranceLanguage.German)]
    [InlineData("Welche Kunden sind gefährdet?", UtteranceLanguage.German)]
    [InlineData("gefährdete Kunden", UtteranceLanguage.German)]
    [InlineData("zeig mir die gefaehrdeten Kunden", UtteranceLanguage.German)]
    public void Recognize_AtRiskQuestions_AtRiskCustomers(string text, UtteranceLanguage language)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(Intent.AtRiskCustomers, result.Intent);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("my deals", Intent.MyDeals)]
    [InlineData("meine Deals", Intent.MyDeals)]
    [InlineData("deals", Intent.MyDeals)]
    [InlineData("show Pipeline Corp", Intent.ShowAccount)]
    [InlineData("Pipeline Partners GmbH", Intent.ShowAccount)]
    [InlineData("show Forecast Systems", Intent.ShowAccount)]
    [InlineData("called Anna at Contoso", Intent.LogInteraction)]
    [InlineData("call with Anna at Contoso", Intent.LogInteraction)]
    [InlineData("Anruf mit Anna bei Contoso", Intent.LogInteraction)]
    [InlineData("comment on Risk Partners: call them", Intent.CommentOnAccount)]
    [InlineData("who called me today", Intent.Unknown)]
    [InlineData("show Contoso", Intent.ShowAccount)]
    [InlineData("my tasks for today", Intent.MyTasks)]
    [InlineData("status", Intent.ChannelSummary)]
    public void Recognize_NearMisses_StayWhatTheyWere(string text, Intent expected)
    {
        Assert.Equal(expected, _recognizer.Recognize(text, null).Intent);
    }
}
