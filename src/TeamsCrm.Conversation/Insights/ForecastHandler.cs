using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// "forecast this quarter", "next quarter", "forecast for March": <see cref="InsightsService.GetPipelineAsync"/> over the
/// months asked for (this quarter when none), as the caller (the same rules as <see cref="PipelineHandler"/>). A period
/// the words name but the recognizer could not read is answered with what it can read, and nothing is asked.
/// </summary>
internal sealed class ForecastHandler(InsightsService insights, InsightsCards cards, TimeProvider time) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.Forecast];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var recognition = turn.Recognition;
        if (recognition.PeriodPhrase is { } phrase)
        {
            return Reply(InsightsCards.Say(turn.Context, "Insights.Forecast.UnknownPeriod", phrase));
        }

        var months = recognition.Months ?? MonthRange.QuarterOf(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (months.Months > InsightsQuery.MaxMonths)
        {
            return Reply(InsightsCards.Say(turn.Context, "Insights.Forecast.TooLong", InsightsQuery.MaxMonths));
        }

        var reach = recognition.Reach ?? InsightsReach.Mine;
        var query = new InsightsQuery(new AnalyticsPeriod(months.From, months.To), reach == InsightsReach.Team ? InsightsScope.Tenant : InsightsScope.Person, []);
        var result = await insights.GetPipelineAsync(turn.Caller, query, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return InsightsReplies.Refused(result.Error!, turn.Context);
        }

        var links = cards.For(turn.Caller, ForecastCardBuilder.Chart(result.Value!), InsightsSections.Forecast);
        return Reply(ForecastCardBuilder.Build(result.Value!, reach, links, turn.Context));
    }
}
