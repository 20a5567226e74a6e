
namespace TeamsCrm.Conversation.Routing;

/// <summary>
/// Answers a card button (Action.Execute, or its Action.Submit fallback) for the verbs it names; registered once in
/// <see cref="ConversationRoutes"/>.
/// </summary>
public interface ICardActionHandler
{
    IReadOnlyList<string> Verbs { get; }

    Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken);
}
