using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Conversation.Turns;

public sealed partial class CrmConversation
{
    /// <summary>
    /// Answers a card action. Every outcome passes <see cref="ReplyPrivacy"/>: in a shared conversation an Action.Submit
    /// answer goes to the caller's 1:1 chat, and nothing is tracked there for in-place updates.
    /// </summary>
    public async Task<CardActionOutcome> HandleCardActionAsync(CardActionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = CardContext.ForLocale(input.Locale);
        var outcome = await AnswerCardActionAsync(input, context, cancellationToken);
        return ReplyPrivacy.Apply(outcome, input, context, time.GetUtcNow());
    }

    private async Task<CardActionOutcome> AnswerCardActionAsync(CardActionInput input, CardContext context, CancellationToken cancellationToken)
    {
        var data = input.Data ?? new JsonObject();
        var caller = input.Caller;
        var accountId = CardData.Id(data, CardFields.AccountId);
        switch (input.Verb)
        {
            case CardVerbs.Refresh:
            case CardVerbs.ShowAccount:
            case CardVerbs.UseExistingAccount:
            case CardVerbs.UseExistingContact:
                return Card(await CustomerCardOrErrorAsync(caller, accountId, context, input.RefreshUserIds, cancellationToken));
            case CardVerbs.ShowMyDeals:
                return Card(await MyDealsCardAsync(caller, context, cancellationToken));
            case CardVerbs.ShowMyHandoffs:
                return Card(await MyHandoffsCardAsync(caller, context, cancellationToken));
            case CardVerbs.ShowMyTasks:
                return Card(await MyTasksCardAsync(caller, context, cancellationToken));
            case CardVerbs.AddComment:
                return await AddCommentActionAsync(input, accountId, context, cancellationToken);
            case CardVerbs.ChangeDealStage:
                return await ChangeStageAsync(input, accountId, context, cancellationToken);
            case CardVerbs.LogInteraction:
                return await LogInteractionActionAsync(input, accountId, context, cancellationToken);
            case CardVerbs.StartHandoff:
                return await StartHandoffActionAsync(input, accountId, context, cancellationToken);
            case CardVerbs.AcceptHandoff:
            case CardVerbs.DeclineHandoff:
            case CardVerbs.CancelHandoff:
                return await AnswerHandoffAsync(input, accountId, context, cancellationToken);
            case CardVerbs.ShowHandoff:
            case CardVerbs.RefreshHandoff:
                return Card(await HandoffCardAsync(caller, accountId, CardData.Id(data, CardFields.HandoffId), context, input.RefreshUserIds, cancellationToken));
            case CardVerbs.CompleteTask:
                return await CompleteTaskAsync(input, accountId, context, cancellationToken);
            default:
                return new CardActionOutcome(HelpCardBuilder.Build(context, caller.IsGuest), Say(context, "Turn.UnknownAction"), NoNotifications);
        }
    }

    private static CardActionOutcome Card(JsonObject card, IReadOnlyList<Notification>? notifications = null) => new(card, null, notifications ?? NoNotifications);

    private static CardActionOutcome Error(CrmError error, CardContext context, string? accountId = null) => Card(ErrorCardBuilder.Build(error, context, accountId));

    private static CrmError Missing(string field) => CrmError.Invalid([new FieldError(field, ErrorCodes.Required)]);

    private async Task<CardActionOutcome> AddCommentActionAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        var text = CardData.Text(input.Data, CardFields.CommentText) ?? string.Empty;
        var requested = CardData.Enum<CommentVisibility>(input.Data, CardFields.CommentVisibility) ?? CommentVisibility.Internal;
        var visibility = input.Caller.IsGuest ? CommentVisibility.Shared : requested;
        var (comment, error) = await AddCommentAsync(input.Caller, accountId, text, visibility, [], cancellationToken);
        if (error is not null)
        {
            return Error(error, context, error.Kind == CrmErrorKind.NotFound ? null : accountId);
        }

        var card = await accounts.GetCustomerCardAsync(input.Caller, accountId, cancellationToken);
        if (!card.IsSuccess)
        {
            return Error(card.Error!, context);
        }

        return Card(CustomerCardBuilder.Build(card.Value!, context, CardOptions(input.Caller, card.Value!, input.RefreshUserIds, context)));
    }

    private async Task<CardActionOutcome> ChangeStageAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        var dealId = CardData.Id(input.Data, CardFields.DealId);
        if (accountId is null || dealId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        if (CardData.Enum<DealStage>(input.Data, CardFields.Stage) is not { } stage)
        {
            return Error(CrmError.Invalid([new FieldError(CardFields.Stage, ErrorCodes.UnknownValue)]), context, accountId);
        }

        var version = CardData.Text(input.Data, CardFields.DealVersion);
        var changed = await deals.ChangeStageAsync(input.Caller, accountId, dealId, stage, version, cancellationToken);
        return changed.IsSuccess
            ? Card(await CustomerCardOrErrorAsync(input.Caller, accountId, context, input.RefreshUserIds, cancellationToken))
            : Error(changed.Error!, context, changed.Error!.Kind == CrmErrorKind.NotFound ? null : accountId);
    }

    private async Task<CardActionOutcome> LogInteractionActionAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        var channel = CardData.Enum<InteractionChannel>(input.Data, CardFields.InteractionChannel) ?? InteractionChannel.Phone;
        var direction = CardData.Enum<InteractionDirection>(input.Data, CardFields.InteractionDirection) ?? InteractionDirection.Outbound;
        var summary = CardData.Text(input.Data, CardFields.InteractionSummary) ?? string.Empty;
        var logged = await interactions.LogAsync(input.Caller, accountId, new InteractionInput(channel, direction, summary), cancellationToken);
        return logged.IsSuccess
            ? Card(await CustomerCardOrErrorAsync(input.Caller, accountId, context, input.RefreshUserIds, cancellationToken))
            : Error(logged.Error!, context, logged.Error!.Kind == CrmErrorKind.NotFound ? null : accountId);
    }

    private async Task<string?> AccountNameAsync(Caller caller, string accountId, CancellationToken cancellationToken)
    {
        var name = await accounts.GetNameAsync(caller, accountId, cancellationToken);
        return name.IsSuccess ? name.Value : null;
    }

    private async Task<CardActionOutcome> CompleteTaskAsync(CardActionInput input, string? accountId, CardContext context, CancellationToken cancellationToken)
    {
        var taskId = CardData.Id(input.Data, CardFields.TaskId);
        if (accountId is null || taskId is null)
        {
            return Error(CrmError.NotFound(), context);
        }

        var done = await tasks.CompleteAsync(input.Caller, accountId, taskId, cancellationToken);
        return done.IsSuccess
            ? Card(await MyTasksCardAsync(input.Caller, context, cancellationToken))
            : Error(done.Error!, context, done.Error!.Kind == CrmErrorKind.NotFound ? null : accountId);
    }
}
