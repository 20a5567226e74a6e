using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Channels;

namespace TeamsCrm.Conversation.Channels;

/// <summary>"link this channel to Contoso" (in a channel only).</summary>
internal sealed class LinkChannelHandler(IAccountResolver resolver, ShowAccountHandler showAccount, ChannelLinkService channelLinks) : IIntentHandler
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

        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken).ConfigureAwait(false);
        if (resolution.Kind != AccountResolutionKind.SingleMatch)
        {
            return await showAccount.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        var hit = resolution.Match!;
        var linked = await channelLinks.LinkAsync(turn.Caller, turn.Input.ChannelId, turn.Input.TeamId, hit.AccountId, cancellationToken).ConfigureAwait(false);
        return linked.IsSuccess
            ? Public(Say(turn.Context, "Turn.Linked", hit.Name))
            : Reply(ErrorCardBuilder.Build(linked.Error!, turn.Context));
    }
}
