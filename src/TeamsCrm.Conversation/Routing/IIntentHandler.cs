namespace TeamsCrm.Conversation.Routing;

/// <summary>Answers a typed message for the intents it names; registered once in <see cref="ConversationRoutes"/>.</summary>
public interface IIntentHandler
{
    IReadOnlyList<Intent> Intents { get; }

    Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken);
}
