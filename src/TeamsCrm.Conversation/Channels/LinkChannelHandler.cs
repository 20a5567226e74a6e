using TeamsCrm.Core.Channels;

namespace TeamsCrm.Conversation.Channels;

/// <summary>"link this channel to Contoso" (in a channel only).</summary>
internal sealed class LinkChannelHandler(NamedAccount namedAccount, ChannelLinkService channelLinks) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.LinkChannel];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ChannelId is null)
        {
            return Public(Say(turn.Context, "Turn.LinkOnlyInChannel"));
        }

        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.LinkAskAccount"));
        }

        var (hit, otherwise) = await namedAccount.ResolveAsync(turn, phrase, cancellationToken).ConfigureAwait(false);
        if (hit is null)
        {
            return otherwise!;
        }

        var linked = await channelLinks.LinkAsync(turn.Caller, turn.Input.ChannelId, turn.Input.TeamId, hit.AccountId, cancellationToken).ConfigureAwait(false);
        return linked.IsSuccess
            ? Public(Say(turn.Context, "Turn.Linked", hit.Name))
            : Reply(ErrorCardBuilder.Build(linked.Error!, turn.Context));
    }
}
