using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// "pipeline", "my pipeline", "team pipeline": <see cref="InsightsService.GetPipelineAsync"/> as the caller — a member
/// their own figures or the team's (the tenant's), a guest only their own shared deals' (else the "nothing for you"
/// sentence, never tenant figures). The card is private: in a shared conversation it goes to the caller's 1:1 chat.
/// </summary>
internal sealed class PipelineHandler(InsightsService insights, InsightsCards cards, TimeProvider time) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.Pipeline];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var reach = turn.Recognition.Reach ?? InsightsReach.Mine;
        var query = new InsightsQuery(LastTwelveMonths(time.GetUtcNow()), reach == InsightsReach.Team ? InsightsScope.Tenant : InsightsScope.Person, []);
        var result = await insights.GetPipelineAsync(turn.Caller, query, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return InsightsReplies.Refused(result.Error!, turn.Context);
        }

        var links = cards.For(turn.Caller, PipelineCardBuilder.Chart(result.Value!), InsightsSections.Pipeline);
        return Reply(PipelineCardBuilder.Build(result.Value!, reach, links, turn.Context));
    }

    /// <summary>The 12 whole months up to and including the current one (UTC), for the win rate and the average won deal.</summary>
    public static TeamsCrm.Analytics.Facts.AnalyticsPeriod LastTwelveMonths(DateTimeOffset now)
    {
        var next = new DateOnly(now.UtcDateTime.Year, now.UtcDateTime.Month, 1).AddMonths(1);
        return new TeamsCrm.Analytics.Facts.AnalyticsPeriod(next.AddMonths(-12), next);
    }
}
