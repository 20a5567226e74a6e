namespace TeamsCrm.Web.Api.Handoffs;

/// <summary>Why the recipient declines a handoff (required).</summary>
public sealed record DeclineBody(string? Reason);
