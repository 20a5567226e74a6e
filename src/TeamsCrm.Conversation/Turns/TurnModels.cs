using System.Text.Json.Nodes;
using TeamsCrm.Conversation.Understanding;
using TeamsCrm.Core.Identity;

namespace TeamsCrm.Conversation.Turns;

/// <summary>A message someone typed: the caller from the activity, never from its data.</summary>
public sealed record TurnInput(Caller Caller, string? Text, string? Locale, IReadOnlyList<Mention> Mentions, string? ChannelId, string? TeamId, TimeZoneInfo? TimeZone = null);

/// <summary>A card button someone clicked (Action.Execute, or an Action.Submit fallback routed on value.verb).</summary>
public sealed record CardActionInput(Caller Caller, string Verb, JsonObject Data, string? Locale, string? ChannelId, string? TeamId, IReadOnlyList<string>? RefreshUserIds = null);

/// <summary>Text and/or an Adaptive Card (the card's content, not the attachment).</summary>
public sealed record OutgoingMessage(string? Text, JsonObject? Card);

/// <summary>A proactive 1:1 message to a person (Entra object id); <see cref="OnceKey"/> lets the sender drop redeliveries.</summary>
public sealed record Notification(string UserId, OutgoingMessage Message, string OnceKey);

public sealed record TurnOutcome(IReadOnlyList<OutgoingMessage> Replies, IReadOnlyList<Notification> Notifications);

/// <summary><see cref="Card"/> → the invoke response card; <see cref="Text"/> → an invoke response message.</summary>
public sealed record CardActionOutcome(JsonObject? Card, string? Text, IReadOnlyList<Notification> Notifications);

/// <summary>task/fetch and task/submit: a card to show (continue) or a closing message.</summary>
public sealed record DialogOutcome(JsonObject? Card, string? Title, string? Message, IReadOnlyList<Notification> Notifications);
