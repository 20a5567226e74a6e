using TeamsCrm.Conversation.Accounts;
using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Conversation.Handoffs;

/// <summary>
/// Accept, decline (with a reason) or cancel a handoff. The other party is told, and both parties' earlier cards are
/// replaced, by the notifications Core writes with the answer (rendered by <see cref="Notifications.NotificationRenderer"/>).
/// </summary>
internal sealed class AnswerHandoffAction(HandoffService handoffs, CustomerCards accounts, HandoffCards cards) : ICardActionHandler
{
    public IReadOnlyList<string> Verbs { get; } = [CardVerbs.AcceptHandoff, CardVerbs.DeclineHandoff, CardVerbs.CancelHandoff];

    public async Task<CardActionOutcome> HandleAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        if (!CardData.TryRecordIds(input.Data, CardFields.HandoffId, out var accountId, out var handoffId))
        {
            return Error(CrmError.NotFound(), context);
        }

        var caller = input.Caller;
        var result = input.Verb switch
        {
            CardVerbs.AcceptHandoff => await handoffs.AcceptAsync(caller, accountId, handoffId, cancellationToken).ConfigureAwait(false),
            CardVerbs.DeclineHandoff => await handoffs.DeclineAsync(caller, accountId, handoffId, CardData.Text(input.Data, CardFields.DeclineReason) ?? string.Empty, cancellationToken).ConfigureAwait(false),
            _ => await handoffs.CancelAsync(caller, accountId, handoffId, cancellationToken).ConfigureAwait(false),
        };
        if (!result.IsSuccess)
        {
            var error = result.Error!;
            if (error.Code == ErrorCodes.HandoffNotPending)
            {
                // A double click or a stale card: the current state, and nobody is told twice.
                return Card(await cards.CardAsync(caller, accountId, handoffId, context, input.RefreshUserIds, cancellationToken).ConfigureAwait(false));
            }

            if (error.Code == ErrorCodes.DeclineNeedsReason || (error.Kind == CrmErrorKind.Validation && input.Verb == CardVerbs.DeclineHandoff))
            {
                var card = await cards.CardAsync(caller, accountId, handoffId, context, input.RefreshUserIds, cancellationToken).ConfigureAwait(false);
                return new CardActionOutcome(card, CrmMessages.Describe(error, context.Culture), NoNotifications);
            }

            return ErrorAbout(error, context, accountId);
        }

        var outcome = result.Value!;
        var name = await accounts.NameAsync(caller, accountId, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var handoff = outcome.Handoff;
        return Card(await cards.BuildAsync(caller, handoff, HandoffSubject.From(name, outcome.Deal), context, input.RefreshUserIds, cancellationToken).ConfigureAwait(false));
    }
}
