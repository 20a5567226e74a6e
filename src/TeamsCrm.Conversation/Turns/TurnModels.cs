namespace TeamsCrm.Conversation.Turns;

/// <summary>
/// A message someone typed: the caller from the activity, never from its data; <see cref="Kind"/> says whether others
/// read the conversation (then <see cref="ReplyPrivacy"/> moves everything personal to the caller's 1:1 chat).
/// </summary>
public sealed record TurnInput(Caller Caller, ConversationKind Kind, string? Text, string? Locale, IReadOnlyList<Mention> Mentions, string? ChannelId, string? TeamId, TimeZoneInfo? TimeZone = null);

/// <summary>
/// A card button someone clicked: <see cref="Answer"/> says how the host shows the outcome (an Action.Execute invoke
/// answer the clicker alone sees, or a new message for an Action.Submit fallback, which everyone in a shared
/// conversation would read).
/// </summary>
public sealed record CardActionInput(
    Caller Caller, ConversationKind Kind, CardAnswer Answer, string Verb, JsonObject Data, string? Locale, string? ChannelId, string? TeamId, IReadOnlyList<string>? RefreshUserIds = null);

/// <summary>How the host shows a card action's outcome.</summary>
public enum CardAnswer
{
    /// <summary>The invoke response of Action.Execute: Teams shows it to the clicker alone.</summary>
    Invoke,

    /// <summary>A new message in the conversation (the Action.Submit fallback): seen by every member.</summary>
    Message,
}

/// <summary>
/// Text and/or an Adaptive Card (the card's content, not the attachment). A <see cref="TrackingKey"/> asks the host to
/// remember where the message landed, so a later <see cref="CardUpdate"/> with the same key replaces its card in place.
/// <see cref="ForEveryone"/>: the message carries nothing but what every member of a shared conversation may see (the
/// name-only shell card, help, app-written text without record data). Everything else is the caller's, and
/// <see cref="ReplyPrivacy"/> sends it to their 1:1 chat when the turn happens in a shared conversation.
/// </summary>
public sealed record OutgoingMessage(string? Text, JsonObject? Card, string? TrackingKey = null)
{
    public bool ForEveryone { get; init; }

    /// <summary>A message that any member of any conversation may read (no record data, no directory data).</summary>
    public static OutgoingMessage Public(string? text, JsonObject? card = null) => new(text, card) { ForEveryone = true };
}

/// <summary>A proactive 1:1 message to a person (Entra object id); <see cref="OnceKey"/> lets the sender drop redeliveries.</summary>
public sealed record Notification(string UserId, OutgoingMessage Message, string OnceKey);

/// <summary>
/// Replace the card of the message the host recorded under <see cref="TrackingKey"/> with <see cref="Card"/>, for everyone
/// who sees that message. The host skips a key it does not know (the card refreshes itself anyway); replacing twice with
/// the same card is harmless, so a redelivery needs no guard.
/// </summary>
public sealed record CardUpdate(string TrackingKey, JsonObject Card);

public sealed record TurnOutcome(IReadOnlyList<OutgoingMessage> Replies, IReadOnlyList<Notification> Notifications)
{
    /// <summary>Cards sent earlier to replace in place.</summary>
    public IReadOnlyList<CardUpdate> Updates { get; init; } = [];
}

/// <summary><see cref="Card"/> → the invoke response card; <see cref="Text"/> → an invoke response message.</summary>
public sealed record CardActionOutcome(JsonObject? Card, string? Text, IReadOnlyList<Notification> Notifications)
{
    /// <summary>
    /// The response <see cref="Card"/> replaced the clicked card: the host records the clicked message under this key
    /// (in 1:1 chats only; in a channel or group chat the message is shared with others), so later updates reach it.
    /// </summary>
    public string? CardTrackingKey { get; init; }

    /// <summary>Cards sent earlier to replace in place (e.g. the other party's handoff card once answered).</summary>
    public IReadOnlyList<CardUpdate> Updates { get; init; } = [];

    /// <summary>
    /// The card as one answer shows it: an invoke answers with a card or a message, never both, so a <see cref="Text"/>
    /// that comes with the card (why a decline without a reason changed nothing) goes on top of it.
    /// </summary>
    public JsonObject? CardWithText() => Card is null || string.IsNullOrWhiteSpace(Text) ? Card : CardNotice.Above(Card, Text);
}

/// <summary>task/fetch and task/submit: a card to show (continue) or a closing message.</summary>
public sealed record DialogOutcome(JsonObject? Card, string? Title, string? Message, IReadOnlyList<Notification> Notifications);
