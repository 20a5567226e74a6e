using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCrm.Core.Identity;
using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Invokes;
using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// The CRM conversation on the Teams protocol: messages, card actions (Action.Execute, and the
/// Action.Submit fallback that arrives as a message with a verb), dialogs and the welcome. All CRM
/// decisions happen in <see cref="CrmConversation"/>; this class only translates. It routes no verb: both kinds of
/// card action go to <see cref="CrmConversation.HandleCardActionAsync"/>, whose one verb table picks the handler
/// (the protocol keeps one catch-all adaptiveCard/action route, see docs/conversation-turns.md). What the turn's changes must tell
/// others (the durable notifications Core wrote with them) is delivered right after the turn.
/// </summary>
internal sealed class CrmBotHandlers(
    CrmConversation conversation, CrmTurnCallers callers, MentionReader mentions, NotificationDispatcher notifications, TurnNotifications written)
{
    public async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        using var scope = written.Begin();
        await MessageTurnAsync(context, cancellationToken);
        await written.DeliverAsync(scope, cancellationToken);
    }

    public async Task<InvokeResponse> OnCardActionAsync(TurnContext context, CancellationToken cancellationToken)
    {
        using var scope = written.Begin();
        var response = await CardActionTurnAsync(context, cancellationToken);
        await written.DeliverAsync(scope, cancellationToken);
        return response;
    }

    public Task<InvokeResponse> OnTaskFetchAsync(TurnContext context, CancellationToken cancellationToken) =>
        DialogAsync(context, (caller, data) => conversation.FetchDialogAsync(caller, data, context.Locale, cancellationToken), cancellationToken);

    public Task<InvokeResponse> OnTaskSubmitAsync(TurnContext context, CancellationToken cancellationToken) =>
        DialogAsync(context, (caller, data) => conversation.SubmitDialogAsync(caller, data, context.Locale, cancellationToken), cancellationToken);

    private async Task MessageTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(context, cancellationToken);
        if (caller is null)
        {
            await context.SendTextAsync(BotTexts.Get("UnknownSender", context.Locale), cancellationToken);
            return;
        }

        if (SubmittedAction(context.Activity.Value) is { } submitted)
        {
            // Action.Submit cannot replace the clicked card: the answer is a new message, tracked like one. In a shared
            // conversation the conversation has already moved it to the caller's 1:1 chat (ReplyPrivacy): a pointer is left here.
            var action = await conversation.HandleCardActionAsync(ActionInput(context, caller, CardAnswer.Message, submitted.Verb, submitted.Data), cancellationToken);
            await SendAsync(context, new OutgoingMessage(action.Text, action.Card, action.CardTrackingKey), cancellationToken);
            await notifications.DispatchAsync(caller.TenantId, action.Notifications, cancellationToken);
            await notifications.UpdateAsync(caller.TenantId, action.Updates, cancellationToken);
            return;
        }

        var mentioned = await mentions.ReadAsync(context.Activity, cancellationToken);
        var input = new TurnInput(caller, Kind(context), context.Text, context.Locale, mentioned, context.Activity.GetChannelId(), context.Activity.GetTeamId());
        var outcome = await conversation.HandleMessageAsync(input, cancellationToken);
        foreach (var reply in outcome.Replies)
        {
            await SendAsync(context, reply, cancellationToken);
        }

        await notifications.DispatchAsync(caller.TenantId, outcome.Notifications, cancellationToken);
        await notifications.UpdateAsync(caller.TenantId, outcome.Updates, cancellationToken);
    }

    private async Task<InvokeResponse> CardActionTurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(context, cancellationToken);
        var action = context.GetAdaptiveCardInvokeValue()?.Action;
        if (caller is null || action?.Verb is not { Length: > 0 } verb)
        {
            return AdaptiveCardResponses.Error(400, "BadRequest", BotTexts.Get("UnknownSender", context.Locale));
        }

        // The invoke answer is shown to the clicker alone (Teams user-specific views). Its card replaces the clicked one, whose
        // message is the invoke's replyToId: tracked only in a 1:1 chat (the conversation gives no key elsewhere), since
        // updating a shared message in place would show everyone this caller's card.
        var outcome = await conversation.HandleCardActionAsync(ActionInput(context, caller, CardAnswer.Invoke, verb, AsObject(action.Data)), cancellationToken);
        if (outcome.Card is not null && Kind(context) == ConversationKind.Personal && context.Activity.ReplyToId is { Length: > 0 } clicked)
        {
            await notifications.TrackAsync(outcome.CardTrackingKey, Sent(context, clicked), cancellationToken);
        }

        await notifications.DispatchAsync(caller.TenantId, outcome.Notifications, cancellationToken);
        await notifications.UpdateAsync(caller.TenantId, outcome.Updates, cancellationToken);
        return outcome.CardWithText() is { } card ? AdaptiveCardResponses.Card(card) : AdaptiveCardResponses.Message(outcome.Text ?? string.Empty);
    }

    private async Task<InvokeResponse> DialogAsync(TurnContext context, Func<Caller, JsonObject, Task<DialogOutcome>> run, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(context, cancellationToken);
        if (caller is null)
        {
            return TaskModuleResponses.Message(BotTexts.Get("UnknownSender", context.Locale));
        }

        using var scope = written.Begin();
        var outcome = await run(caller, AsObject(context.GetTaskModuleRequest()?.Data));
        await notifications.DispatchAsync(caller.TenantId, outcome.Notifications, cancellationToken);
        await written.DeliverAsync(scope, cancellationToken);
        return outcome.Card is { } card
            ? TaskModuleResponses.ContinueWithCard(outcome.Title ?? string.Empty, card)
            : outcome.Message is { Length: > 0 } message ? TaskModuleResponses.Message(message) : TaskModuleResponses.Close();
    }

    /// <summary>Personal only when Teams says "personal"; a group chat, meeting chat, channel or unknown type is shared.</summary>
    private static ConversationKind Kind(TurnContext context) =>
        ConversationKinds.FromTeams(context.Activity.Conversation?.ConversationType, context.Activity.GetChannelId());

    /// <summary>Sends one reply of the conversation into this conversation and records where a tracked one landed.</summary>
    private async Task SendAsync(TurnContext context, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Card is null && string.IsNullOrWhiteSpace(message.Text))
        {
            return;
        }

        var sent = await context.SendActivityAsync(BotMessages.ToActivity(message), cancellationToken);
        await notifications.TrackAsync(message.TrackingKey, Sent(context, sent), cancellationToken);
    }

    /// <summary>Where a reply the turn sent landed (null when it failed or the connector gave no id).</summary>
    private static SentActivity? Sent(TurnContext context, ConnectorResult<ResourceResponse> result) =>
        result.Succeeded && result.Value?.Id is { Length: > 0 } id ? Sent(context, id) : null;

    private static SentActivity? Sent(TurnContext context, string activityId) =>
        context.TenantId is { } tenantId && context.Activity.ServiceUrl is { Length: > 0 } serviceUrl && context.Activity.Conversation?.Id is { Length: > 0 } conversationId
            ? new SentActivity(tenantId, serviceUrl, conversationId, activityId)
            : null;

    private static CardActionInput ActionInput(TurnContext context, Caller caller, CardAnswer answer, string verb, JsonObject data) =>
        new(caller, Kind(context), answer, verb, data, context.Locale, context.Activity.GetChannelId(), context.Activity.GetTeamId());

    /// <summary>An Action.Submit fallback: a message whose value carries the verb.</summary>
    private static (string Verb, JsonObject Data)? SubmittedAction(JsonElement? value)
    {
        var data = AsObject(value);
        return data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var name) && name.Length > 0 ? (name, data) : null;
    }

    private static JsonObject AsObject(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } json ? JsonNode.Parse(json.GetRawText())!.AsObject() : [];
}
