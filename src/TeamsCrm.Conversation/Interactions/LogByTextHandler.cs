using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Interactions;

/// <summary>"called Contoso about the renewal": logs an interaction, with the contact when one is named.</summary>
internal sealed class LogByTextHandler(NamedAccount namedAccount, AccountService accounts, InteractionService interactions) : IIntentHandler
{
    private const double ContactConfident = 0.8;

    public IReadOnlyList<Intent> Intents { get; } = [Intent.LogInteraction];

    public async Task<TurnOutcome> HandleAsync(MessageTurn turn, CancellationToken cancellationToken)
    {
        var r = turn.Recognition;
        if (string.IsNullOrWhiteSpace(r.AccountPhrase) || string.IsNullOrWhiteSpace(r.Text))
        {
            return Public(Say(turn.Context, "Turn.InteractionAsk"));
        }

        var (hit, otherwise) = await namedAccount.ResolveAsync(turn, r.AccountPhrase, cancellationToken).ConfigureAwait(false);
        if (hit is null)
        {
            return otherwise!;
        }

        string? contactId = null;
        if (!string.IsNullOrWhiteSpace(r.ContactPhrase))
        {
            var card = await accounts.GetCustomerCardAsync(turn.Caller, hit.AccountId, cancellationToken).ConfigureAwait(false);
            contactId = card.IsSuccess
                ? card.Value!.KeyContacts
                    .Select(c => (c.Id, Score: NameSimilarity.Score(r.ContactPhrase, $"{c.FirstName} {c.LastName}")))
                    .Where(c => c.Score >= ContactConfident)
                    .OrderByDescending(c => c.Score)
                    .Select(c => c.Id)
                    .FirstOrDefault()
                : null;
        }

        var input = new InteractionInput(r.Channel ?? InteractionChannel.Phone, InteractionDirection.Outbound, r.Text, null, contactId);
        var logged = await interactions.LogAsync(turn.Caller, hit.AccountId, input, cancellationToken).ConfigureAwait(false);
        return logged.IsSuccess
            ? Reply(Say(turn.Context, "Turn.InteractionLogged", hit.Name))
            : Reply(ErrorCardBuilder.Build(logged.Error!, turn.Context, hit.AccountId));
    }
}
