namespace TeamsCrm.Conversation.MessageExtension;

/// <summary>
/// The chat message a person wants to keep in the CRM, as Teams sends it with the action command: its body (HTML or
/// text), who wrote it, when, and the link back to it. Every field is the client's word and only ever stored as text.
/// </summary>
public sealed record MessageToSave(string? Body, bool IsHtml, string? AuthorName, DateTimeOffset? SentAt, string? Link);
