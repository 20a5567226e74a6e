using System.Text.Json.Serialization;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Interactions;

/// <summary>A customer touchpoint: who talked to whom (<see cref="ContactId"/>), through which channel, when, and what about.</summary>
public sealed record InteractionResource(
    string Id,
    string AccountId,
    string? ContactId,
    InteractionChannel Channel,
    InteractionDirection Direction,
    DateTimeOffset OccurredAt,
    string Summary,
    PersonRef LoggedBy,
    DateTimeOffset CreatedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static InteractionResource From(Interaction interaction) => new(
        interaction.Id, interaction.AccountId, interaction.ContactId, interaction.Channel, interaction.Direction, interaction.OccurredAt,
        interaction.Summary, interaction.LoggedBy, interaction.CreatedAt, ETags.For(interaction.Version));
}
