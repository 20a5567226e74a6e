namespace TeamsCrm.Conversation.Help;

/// <summary>"help": what the bot understands, for members or guests.</summary>
internal sealed class HelpHandler : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.Help];

    public Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(Public(null, HelpCardBuilder.Build(turn.Context, turn.Caller.IsGuest)));
}
