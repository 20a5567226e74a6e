using TeamsCrm.Core.Identity;

namespace TeamsCrm.Web.Api.Handoffs;

/// <summary>
/// Hand a deal to <see cref="Recipient"/> (their Entra object id; the name comes from the directory), with a context
/// note and an optional due time. A partner hands a deal only back to the member who handed it to them.
/// </summary>
public sealed record HandoffBody(PersonRef? Recipient, string? Note = null, DateTimeOffset? DueAt = null);
