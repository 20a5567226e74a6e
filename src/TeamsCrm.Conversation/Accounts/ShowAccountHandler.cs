using TeamsCrm.Core.Access;

namespace TeamsCrm.Conversation.Accounts;

/// <summary>
/// "show Contoso": the customer card, a choice when the phrase names several accounts, or suggestions. Other handlers
/// answer with it when their account phrase does not name exactly one account.
/// </summary>
internal sealed class ShowAccountHandler(IAccountResolver resolver, CustomerCards cards) : IIntentHandler
{
    public IReadOnlyList<Intent> Intents { get; } = [Intent.ShowAccount];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var phrase = turn.Recognition.AccountPhrase;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return Public(Say(turn.Context, "Turn.AskAccount"));
        }

        var resolution = await resolver.ResolveAsync(turn.Caller, phrase, cancellationToken).ConfigureAwait(false);
        switch (resolution.Kind)
        {
            case AccountResolutionKind.SingleMatch:
                var hit = resolution.Match!;
                if (turn.Shared)
                {
                    // The name-only shell: each member's refresh renders their own view of it.
                    return Public(null, CustomerCardBuilder.BuildShell(hit.AccountId, hit.Name, turn.Context));
                }

                return Reply(await cards.CardOrErrorAsync(turn.Caller, hit.AccountId, turn.Context, null, turn.Input.ChannelId, cancellationToken).ConfigureAwait(false));
            case AccountResolutionKind.Choices:
                return Reply(AccountChoiceCardBuilder.BuildChoice(phrase, resolution.Candidates.Select(c => c.Account).ToList(), turn.Context));
            default:
                var suggestions = resolution.Candidates.Select(c => c.Account).ToList();
                return Reply(AccountChoiceCardBuilder.BuildNoMatch(phrase, suggestions, turn.Context, AccessPolicy.CanCreateAccounts(turn.Caller)));
        }
    }
}
