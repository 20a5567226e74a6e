using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Handoffs;

/// <summary>A handoff after a response, with its deal as it now stands.</summary>
public sealed record HandoffOutcome(Handoff Handoff, Deal Deal);
