using TeamsCrm.Conversation.Dialogs;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// The transport-neutral CRM conversation, the one entry the chat surface calls: it recognizes what a person typed,
/// looks up the handler for the intent or verb in <see cref="ConversationRoutes"/> and passes every outcome through
/// <see cref="ReplyPrivacy"/>. Knows no Bot Framework types; the caller always comes from the activity, never from
/// card data. Never throws for bad input: every failure is answered. What others must be told after a change is
/// written by Core with the change and rendered at send time by <see cref="Notifications.NotificationRenderer"/>.
/// </summary>
public sealed partial class CrmConversation(ConversationRoutes routes, IntentRecognizer recognizer, DialogFetcher dialogs, GuestOrientation orientation, TimeProvider time)
{
#pragma warning disable CA1822 // Part of the instance API the host calls; needs no state today.
    public OutgoingMessage Welcome(Caller caller, string? locale)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(caller);
        return OutgoingMessage.Public(null, HelpCardBuilder.Build(CardContext.ForLocale(locale), caller.IsGuest, welcome: true));
    }

    /// <summary>
    /// Answers a message. Every outcome passes <see cref="ReplyPrivacy"/>: in a shared conversation only what every member
    /// may see is posted there, everything else goes to the caller's 1:1 chat.
    /// </summary>
    public async Task<TurnOutcome> HandleMessageAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var recognition = recognizer.Recognize(input.Text, TryCulture(input.Locale), input.Mentions, input.TimeZone);
        var context = ContextFor(input.Locale, recognition.Language, input.TimeZone);
        var outcome = IsUnassignedGuest(input.Caller)
            ? Reply(await UnassignedAsync(input.Caller, context, cancellationToken).ConfigureAwait(false))
            : routes.ForIntent(recognition.Intent) is { } handler
            ? await handler.HandleAsync(new MessageTurn(input, recognition, context), cancellationToken).ConfigureAwait(false)
            : Public(Say(context, string.IsNullOrWhiteSpace(input.Text) ? "Turn.Empty" : "Turn.Unknown"), HelpCardBuilder.Build(context, input.Caller.IsGuest));
        return ReplyPrivacy.Apply(outcome, input, context, time.GetUtcNow());
    }

    /// <summary>
    /// Answers a card action (Action.Execute, or an Action.Submit fallback: the same verb table). Every outcome passes
    /// <see cref="ReplyPrivacy"/>: in a shared conversation an Action.Submit answer goes to the caller's 1:1 chat, and
    /// nothing is tracked there for in-place updates.
    /// </summary>
    public async Task<CardActionOutcome> HandleCardActionAsync(CardActionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = CardContext.ForLocale(input.Locale);
        var action = input with { Data = input.Data ?? new JsonObject() };
        var outcome = IsUnassignedGuest(input.Caller)
            ? new CardActionOutcome(null, await UnassignedAsync(input.Caller, context, cancellationToken).ConfigureAwait(false), NoNotifications)
            : routes.ForCardVerb(action.Verb ?? string.Empty) is { } handler
            ? await handler.HandleAsync(action, context, cancellationToken).ConfigureAwait(false)
            : new CardActionOutcome(HelpCardBuilder.Build(context, input.Caller.IsGuest), Say(context, "Turn.UnknownAction"), NoNotifications);
        return ReplyPrivacy.Apply(outcome, input, context, time.GetUtcNow());
    }

    /// <summary>task/fetch: data.dialog = Lead | Account | Contact (+ accountId).</summary>
    public Task<DialogOutcome> FetchDialogAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken = default) =>
        dialogs.FetchAsync(caller, data ?? new JsonObject(), CardContext.ForLocale(locale), cancellationToken);

    /// <summary>task/submit: lead.create / account.create / contact.create (and the duplicate card's useExisting).</summary>
    public async Task<DialogOutcome> SubmitDialogAsync(Caller caller, JsonObject data, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var context = CardContext.ForLocale(locale);
        data ??= new JsonObject();
        return routes.ForDialogVerb(CardData.Text(data, "verb")) is { } handler
            ? await handler.HandleAsync(caller, data, context, cancellationToken).ConfigureAwait(false)
            : Show(ErrorCardBuilder.Build(CrmError.Invalid([new FieldError("verb", ErrorCodes.UnknownValue)]), context), null);
    }
}
