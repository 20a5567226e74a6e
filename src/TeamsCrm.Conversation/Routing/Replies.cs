namespace TeamsCrm.Conversation.Routing;

/// <summary>The shapes every handler answers in: message replies, card-action answers and dialog answers.</summary>
internal static class Replies
{
    public static readonly IReadOnlyList<Notification> NoNotifications = [];

    public static TurnOutcome Reply(JsonObject card) => new([new OutgoingMessage(null, card)], NoNotifications);

    public static TurnOutcome Reply(string text) => new([new OutgoingMessage(text, null)], NoNotifications);

    /// <summary>A reply every member of a shared conversation may read: app-written text, help, the name-only shell.</summary>
    public static TurnOutcome Public(string? text, JsonObject? card = null) => new([OutgoingMessage.Public(text, card)], NoNotifications);

    /// <summary>
    /// A reply sentence; its arguments (names, titles, phrases people typed) are escaped, since the host sends text
    /// replies as markdown (<see cref="PlainText"/>).
    /// </summary>
    public static string Say(CardContext context, string key, params object?[] args) =>
        args.Length == 0 ? TurnText.Get(key, context.Culture) : TurnText.Format(key, context.Culture, [.. args.Select(a => a is string s ? PlainText.Markdown(s) : a)]);

    /// <summary>A dialog's closing message: Teams shows it as plain text, so its arguments stay unescaped.</summary>
    public static string Sentence(CardContext context, string key, params object?[] args) => TurnText.Format(key, context.Culture, args);

    public static CardActionOutcome Card(JsonObject card) => new(card, null, NoNotifications);

    public static CardActionOutcome Error(CrmError error, CardContext context, string? accountId = null) => Card(ErrorCardBuilder.Build(error, context, accountId));

    /// <summary>The error card, linking back to the account unless the account itself is what was not found.</summary>
    public static CardActionOutcome ErrorAbout(CrmError error, CardContext context, string accountId) =>
        Error(error, context, error.Kind == CrmErrorKind.NotFound ? null : accountId);

    public static CrmError Missing(string field) => CrmError.Invalid([new FieldError(field, ErrorCodes.Required)]);

    public static DialogOutcome Show(JsonObject card, string? title) => new(card, title, null, NoNotifications);

    public static DialogOutcome Close(string message) => new(null, null, message, NoNotifications);

    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static string ListNames(IEnumerable<string> names) => string.Join("; ", names);
}
