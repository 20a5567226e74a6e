namespace TeamsCrm.Conversation.Routing;

/// <summary>Answers a dialog's submit (task/submit) for the verbs it names; registered once in <see cref="ConversationRoutes"/>.</summary>
public interface IDialogSubmitHandler
{
    IReadOnlyList<string> Verbs { get; }

    Task<DialogOutcome> HandleAsync(Caller caller, JsonObject data, CardContext context, CancellationToken cancellationToken);
}
