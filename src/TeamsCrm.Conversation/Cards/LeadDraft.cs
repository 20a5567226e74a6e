namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// Values to prefill the create-lead dialog with (after a failed submit, or from a command).
/// With <see cref="AccountId"/> set the lead is for that account and the dialog shows no account input.
/// </summary>
public sealed record LeadDraft(
    string? AccountId = null,
    string? AccountName = null,
    string? Title = null,
    decimal? Amount = null,
    string Currency = "EUR",
    DateOnly? CloseDate = null);
