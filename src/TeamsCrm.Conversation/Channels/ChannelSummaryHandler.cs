using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Channels;

namespace TeamsCrm.Conversation.Channels;

/// <summary>"summary" in a linked channel: the linked account's name-only shell, which each member's refresh fills in.</summary>
internal sealed class ChannelSummaryHandler(ChannelLinkService channelLinks, AccountService accounts) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.ChannelSummary];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Input.ChannelId is null)
        {
            return Public(Say(turn.Context, "Turn.SummaryOnlyInChannel"));
        }

        var link = await channelLinks.GetAsync(turn.Caller, turn.Input.ChannelId, cancellationToken).ConfigureAwait(false);
        if (!link.IsSuccess)
        {
            return link.Error!.Kind == CrmErrorKind.NotFound
                ? Public(Say(turn.Context, "Turn.NotLinked"))
                : Reply(ErrorCardBuilder.Build(link.Error, turn.Context));
        }

        var card = await accounts.GetCustomerCardAsync(turn.Caller, link.Value!.AccountId, cancellationToken).ConfigureAwait(false);
        return card.IsSuccess
            ? Public(null, CustomerCardBuilder.BuildShell(card.Value!.Account.Id, card.Value.Account.Name, turn.Context))
            : Reply(ErrorCardBuilder.Build(card.Error!, turn.Context));
    }
}
