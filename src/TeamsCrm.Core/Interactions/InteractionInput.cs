namespace TeamsCrm.Core.Interactions;

/// <summary>A touchpoint to log. <see cref="OccurredAt"/> defaults to now; <see cref="ProductIds"/> tags the catalog products discussed.</summary>
public sealed record InteractionInput(
    InteractionChannel Channel,
    InteractionDirection Direction,
    string Summary,
    DateTimeOffset? OccurredAt = null,
    string? ContactId = null,
    IReadOnlyList<string>? ProductIds = null)
{
    public CrmError? Validate() => new InputCheck()
        .Defined("channel", Channel)
        .Defined("direction", Direction)
        .RequiredText("summary", Summary, FieldLimits.Summary)
        .ProductTags("productIds", ProductIds)
        .ToError();
}
