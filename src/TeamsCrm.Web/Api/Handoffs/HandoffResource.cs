using System.Text.Json.Serialization;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Handoffs;

/// <summary>
/// A deal handed from one person to another. <see cref="AccountName"/> and <see cref="DealTitle"/> are there when the
/// answer knows them (one handoff: both; the lists of mine: the account's name).
/// </summary>
public sealed record HandoffResource(
    string Id,
    string AccountId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccountName,
    string DealId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DealTitle,
    PersonRef From,
    PersonRef To,
    string? Note,
    HandoffStatus Status,
    DateTimeOffset? DueAt,
    string? DeclineReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static HandoffResource For(Handoff handoff, string? accountName = null, string? dealTitle = null) => new(
        handoff.Id, handoff.AccountId, accountName, handoff.DealId, dealTitle, handoff.From, handoff.To, handoff.Note, handoff.Status,
        handoff.DueAt, handoff.DeclineReason, handoff.CreatedAt, handoff.RespondedAt, ETags.For(handoff.Version));

    public static HandoffResource For(VisibleHandoff visible) => For(visible.Handoff, visible.AccountName, visible.Deal.Title);
}
