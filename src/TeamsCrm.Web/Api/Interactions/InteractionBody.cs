using TeamsCrm.Core.Common;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Web.Api.Interactions;

/// <summary>A touchpoint to log; <see cref="OccurredAt"/> defaults to now, <see cref="ContactId"/> is one of the account's contacts.</summary>
public sealed record InteractionBody(
    InteractionChannel? Channel,
    InteractionDirection? Direction,
    string? Summary,
    DateTimeOffset? OccurredAt = null,
    string? ContactId = null)
{
    public InteractionInput ToInput() => new(Channel ?? default, Direction ?? default, Summary ?? string.Empty, OccurredAt, ContactId);

    /// <summary>Null when channel and direction are given; else every problem of the input, the missing choices first.</summary>
    public CrmError? MissingChoices()
    {
        FieldError[] missing =
        [
            .. Channel is null ? [new FieldError("channel", ErrorCodes.Required)] : Array.Empty<FieldError>(),
            .. Direction is null ? [new FieldError("direction", ErrorCodes.Required)] : Array.Empty<FieldError>(),
        ];
        return missing.Length == 0 ? null : CrmError.Invalid([.. missing, .. ToInput().Validate()?.Fields ?? []]);
    }
}
