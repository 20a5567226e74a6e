using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsCrm.Conversation.MessageExtension;
using TeamsCrm.Conversation.Partners;
using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Web.Bot.MessageExtension;

/// <summary>
/// The message extension on the Teams protocol: <c>composeExtension/query</c> (the search command "searchRecords",
/// initial run and paging), <c>/selectItem</c> (the chosen result's card), <c>/queryLink</c> (the app's own links) and
/// <c>/anonymousQueryLink</c> (the app's name only). It translates only: <see cref="RecordSearchCards"/> decides, with
/// the caller resolved from the activity as for every other turn (never from the invoke's value). A guest in no partner
/// organisation gets, instead of results, whom to ask (<see cref="GuestAskWhom"/>).
/// </summary>
internal sealed partial class MessageExtensionHandlers(RecordSearchCards search, GuestAskWhom askWhom, CrmTurnCallers callers, ILogger<MessageExtensionHandlers> logger)
{
    /// <summary>The search command's id in the manifest (composeExtensions[0].commands[0].id).</summary>
    public const string SearchCommandId = "searchRecords";

    /// <summary>The search command's parameter (the text typed into the search box).</summary>
    public const string QueryParameter = "query";

    public async Task<InvokeResponse> OnQueryAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var query = context.GetComposeExtensionQuery();
        if (query?.CommandId != SearchCommandId)
        {
            return ComposeExtensionResponses.Message(BotTexts.Get("Search.UnknownCommand", context.Locale));
        }

        var caller = await callers.ResolveAsync(context, cancellationToken);
        if (caller is null)
        {
            return ComposeExtensionResponses.Message(BotTexts.Get("UnknownSender", context.Locale));
        }

        if (await askWhom.SentenceAsync(caller, context.Locale, cancellationToken) is { } ask)
        {
            LogAskWhom("query");
            return ComposeExtensionResponses.Message(ask);
        }

        var text = Text(query.Parameters?.FirstOrDefault(p => p.Name == QueryParameter)?.Value);
        var initialRun = string.IsNullOrWhiteSpace(text);
        var items = await search.SearchAsync(caller, text, query.QueryOptions?.Skip, query.QueryOptions?.Count, context.Locale, cancellationToken);
        LogSearched(items.Count, initialRun);
        return ComposeExtensionResponses.Result(items.Select(Result));
    }

    public async Task<InvokeResponse> OnSelectItemAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(context, cancellationToken);
        if (caller is null)
        {
            return ComposeExtensionResponses.Message(BotTexts.Get("UnknownSender", context.Locale));
        }

        if (await askWhom.SentenceAsync(caller, context.Locale, cancellationToken) is { } ask)
        {
            LogAskWhom("selectItem");
            return ComposeExtensionResponses.Message(ask);
        }

        var card = await search.SelectAsync(caller, AsObject(context.Activity.Value), context.Locale, cancellationToken);
        if (card is null)
        {
            LogNotAvailable("selectItem");
            return ComposeExtensionResponses.Message(BotTexts.Get("Search.NotAvailable", context.Locale));
        }

        var name = card["body"]?[0]?["text"]?.GetValue<string>() ?? string.Empty;
        return ComposeExtensionResponses.Result([new ComposeExtensionItem(ContentTypes.AdaptiveCard, card, ComposeExtensionPreviews.ThumbnailContentType, new JsonObject { ["title"] = name })]);
    }

    public async Task<InvokeResponse> OnQueryLinkAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var caller = await callers.ResolveAsync(context, cancellationToken);
        if (caller is not null && await askWhom.UnfurlAsync(caller, context.Locale, cancellationToken) is { } ask)
        {
            LogAskWhom("queryLink");
            return ComposeExtensionResponses.Result([Result(ask, tap: false)]);
        }

        var item = caller is null ? null : await search.UnfurlAsync(caller, context.GetComposeExtensionQueryLink()?.Url, context.Locale, cancellationToken);
        if (item is null)
        {
            // Nothing to show (another link, or an account the caller may not see): an empty result leaves the link as it is.
            LogNotAvailable("queryLink");
            return ComposeExtensionResponses.Result([]);
        }

        return ComposeExtensionResponses.Result([Result(item)]);
    }

    /// <summary>Someone the app does not know pasted a link (no caller in the activity): the app's name, no data, no tap.</summary>
    public Task<InvokeResponse> OnAnonymousQueryLinkAsync(TurnContext context, CancellationToken cancellationToken)
    {
        LogAnonymousUnfurl();
        return Task.FromResult(ComposeExtensionResponses.Result([Result(RecordSearchCards.AnonymousUnfurl(context.Locale), tap: false)]));
    }

    /// <summary>A record as a result item: its card and the thumbnail preview whose tap sends its ids back.</summary>
    internal static ComposeExtensionItem Result(ExtensionItem item) => Result(item, tap: true);

    private static ComposeExtensionItem Result(ExtensionItem item, bool tap)
    {
        var preview = ComposeExtensionPreviews.Thumbnail(item.Title, item.Subtitle, item.Text, item.SelectData);
        if (!tap)
        {
            preview.Remove("tap");
        }

        return new ComposeExtensionItem(ContentTypes.AdaptiveCard, item.Card, ComposeExtensionPreviews.ThumbnailContentType, preview);
    }

    private static string? Text(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;

    private static JsonObject AsObject(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } json ? JsonNode.Parse(json.GetRawText())!.AsObject() : [];

    [LoggerMessage(EventId = 8400, Level = LogLevel.Debug, Message = "Message extension search answered {Count} results (initial run: {InitialRun}).")]
    private partial void LogSearched(int count, bool initialRun);

    [LoggerMessage(EventId = 8401, Level = LogLevel.Information, Message = "Message extension {Invoke}: nothing the caller may see; answered without a card.")]
    private partial void LogNotAvailable(string invoke);

    [LoggerMessage(EventId = 8700, Level = LogLevel.Information, Message = "Message extension {Invoke}: a guest in no partner organisation; answered whom to ask.")]
    private partial void LogAskWhom(string invoke);

    [LoggerMessage(EventId = 8402, Level = LogLevel.Debug, Message = "Message extension anonymousQueryLink: answered with the app's name only.")]
    private partial void LogAnonymousUnfurl();
}
