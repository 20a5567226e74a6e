namespace TeamsCrm.Conversation.Insights;

/// <summary>What an insights question gets when the figures are refused: a guest with nothing of their own hears so; other errors get the error card.</summary>
internal static class InsightsReplies
{
    public static TurnOutcome Refused(CrmError error, CardContext context) =>
        error.Kind is CrmErrorKind.Forbidden or CrmErrorKind.NotFound
            ? Reply(InsightsCards.Say(context, "Insights.Nothing"))
            : Reply(ErrorCardBuilder.Build(error, context));
}
