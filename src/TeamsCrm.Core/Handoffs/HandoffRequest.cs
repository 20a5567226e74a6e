namespace TeamsCrm.Core.Handoffs;

/// <summary>
/// A request to hand a deal to <see cref="Recipient"/> (resolved by the surface from a mention or the
/// people directory, with their role and partner organisation), with a context note and an optional due time.
/// </summary>
public sealed record HandoffRequest(string AccountId, string DealId, Caller Recipient, string? Note = null, DateTimeOffset? DueAt = null)
{
    public CrmError? Validate(DateTimeOffset now) => new InputCheck()
        .Required("recipient.userId", Recipient?.UserId, FieldLimits.ShortText)
        .Optional("recipient.displayName", Recipient?.DisplayName, FieldLimits.PersonName)
        .Optional("note", Note, FieldLimits.Note, multiline: true)
        .Future("dueAt", DueAt, now)
        .ToError();
}
