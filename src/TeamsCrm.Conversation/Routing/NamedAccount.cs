using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Routing;

/// <summary>
/// The one account a message names, for the handlers that act on it ("note on Contoso: …", "link this channel to
/// Contoso"). When the phrase names no account or several, the turn answers as "show Contoso" would: with the choice or
/// the suggestions.
/// </summary>
internal sealed class NamedAccount(IAccountResolver resolver, ShowAccountHandler showAccount)
{
    /// <summary>The account <paramref name="phrase"/> names; or, when it names not exactly one, null and the answer of "show".</summary>
    public async Task<(AccountSearchHit? Account, TurnOutcome? Otherwise)> ResolveAsync(MessageTurn turn, string phrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken).ConfigureAwait(false);
        return resolution.Kind == AccountResolutionKind.SingleMatch
            ? (resolution.Match, null)
            : (null, await showAccount.HandleAsync(turn, cancellationToken).ConfigureAwait(false));
    }
}
