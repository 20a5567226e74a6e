using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Core.Identity;
using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Web.Bot.MessageExtension;

/// <summary>
/// The action command "Save to CRM" on a message: <c>composeExtension/fetchTask</c> (value {commandId, commandContext:
/// "message", messagePayload{body{contentType, content}, from{user{displayName}}, createdDateTime, linkToMessage}})
/// opens the dialog prefilled from the message; <c>composeExtension/submitAction</c> (value {commandId, data}) saves
/// it. Both answer in the caller's own dialog ({task:{type:"continue"|"message"}}), so the confirmation reaches only
/// them — or, when they chose to post the record, with the card response Teams documents for action commands from a
/// message ({composeExtension:{type:"result", attachments:[the name-only card]}}): the card lands in the compose box
/// of that conversation and is sent when they send it. The caller comes from the activity; <see cref="SaveMessageDialog"/> decides.
/// </summary>
internal sealed partial class SaveMessageHandlers(SaveMessageDialog dialog, CrmTurnCallers callers, ILogger<SaveMessageHandlers> logger)
{
    /// <summary>The action command's id in the manifest (composeExtensions[0].commands[1].id).</summary>
    public const string CommandId = "saveToCrm";

    public async Task<InvokeResponse> OnFetchTaskAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var (value, caller, refused) = await StartAsync(context, cancellationToken);
        if (caller is null)
        {
            return refused!;
        }

        var outcome = SaveMessageDialog.Fetch(caller, Message(value["messagePayload"] as JsonObject), context.Locale);
        return TaskModuleResponses.ContinueWithCard(outcome.Title ?? string.Empty, outcome.Card!, height: "large");
    }

    public async Task<InvokeResponse> OnSubmitActionAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var (value, caller, refused) = await StartAsync(context, cancellationToken);
        if (caller is null)
        {
            return refused!;
        }

        var outcome = await dialog.SubmitAsync(caller, value["data"] as JsonObject ?? [], context.Locale, cancellationToken);
        if (outcome.Card is { } card)
        {
            return TaskModuleResponses.ContinueWithCard(outcome.Title ?? string.Empty, card, height: "large");
        }

        LogSaved(outcome.Insert is not null);
        return outcome.Insert is { } insert
            ? ComposeExtensionResponses.Result([MessageExtensionHandlers.Result(insert)])
            : TaskModuleResponses.Message(outcome.Message ?? string.Empty);
    }

    /// <summary>The invoke's value and its caller, or the answer that ends the turn (another command, no caller).</summary>
    private async Task<(JsonObject Value, Caller? Caller, InvokeResponse? Refused)> StartAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var value = Value(context);
        if (Text(value, "commandId") != CommandId)
        {
            return (value, null, TaskModuleResponses.Message(BotTexts.Get("Search.UnknownCommand", context.Locale)));
        }

        var caller = await callers.ResolveAsync(context, cancellationToken);
        return (value, caller, caller is null ? TaskModuleResponses.Message(BotTexts.Get("UnknownSender", context.Locale)) : null);
    }

    /// <summary>The message as Teams describes it (every field optional; wrong types count as missing).</summary>
    private static MessageToSave Message(JsonObject? payload)
    {
        var body = payload?["body"] as JsonObject;
        var sentAt = DateTimeOffset.TryParse(Text(payload, "createdDateTime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
        var link = Uri.TryCreate(Text(payload, "linkToMessage"), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri : null;
        return new MessageToSave(
            Text(body, "content"),
            !string.Equals(Text(body, "contentType"), "text", StringComparison.OrdinalIgnoreCase),
            Text((payload?["from"] as JsonObject)?["user"] as JsonObject, "displayName"),
            sentAt,
            link);
    }

    private static JsonObject Value(TurnContext context) =>
        context.Activity.Value is { ValueKind: JsonValueKind.Object } json ? JsonNode.Parse(json.GetRawText())!.AsObject() : [];

    private static string? Text(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    [LoggerMessage(EventId = 8410, Level = LogLevel.Information, Message = "Save to CRM: a message was saved (card for the conversation: {Posted}).")]
    private partial void LogSaved(bool posted);
}
