namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// The answer to a "Save to CRM" submit: the form again (<see cref="Card"/>, with <see cref="Title"/>), a confirmation
/// only the caller sees (<see cref="Message"/>), or — when they chose to post it — the saved record's name-only card for
/// the conversation's compose box (<see cref="Insert"/>).
/// </summary>
public sealed record SaveOutcome(JsonObject? Card, string? Title, string? Message, ExtensionItem? Insert = null);
