using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Conversation.Insights;

/// <summary>
/// "who should I call today" (<see cref="CallListService.TodayAsync"/>: the caller's own calls) and "which customers
/// are at risk" (<see cref="CustomerInsightsService.GetAtRiskAsync"/>). Members only: a guest hears that there is nothing
/// for them (the services refuse them). The cards are private: in a shared conversation they go to the 1:1 chat.
/// </summary>
internal sealed class CustomerQuestionsHandler(CallListService callList, CustomerInsightsService customers, InsightsCards cards) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.CallList, Intent.AtRiskCustomers];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Recognition.Intent == Intent.CallList)
        {
            var calls = await callList.TodayAsync(turn.Caller, 10, cancellationToken).ConfigureAwait(false);
            return calls.IsSuccess
                ? Reply(CallListCardBuilder.Build(calls.Value!, cards.For(turn.Caller, CallListCardBuilder.Chart(calls.Value!), InsightsSections.Calls), turn.Context))
                : Refused(calls.Error!, turn.Context);
        }

        var risk = await customers.GetAtRiskAsync(turn.Caller, 20, cancellationToken).ConfigureAwait(false);
        return risk.IsSuccess
            ? Reply(AtRiskCardBuilder.Build(risk.Value!, cards.For(turn.Caller, AtRiskCardBuilder.Chart(risk.Value!), InsightsSections.Risk), turn.Context))
            : Refused(risk.Error!, turn.Context);
    }

    private static TurnOutcome Refused(CrmError error, CardContext context) =>
        error.Kind is CrmErrorKind.Forbidden or CrmErrorKind.NotFound
            ? Reply(InsightsCards.Say(context, "Insights.MembersOnly"))
            : Reply(ErrorCardBuilder.Build(error, context));
}
