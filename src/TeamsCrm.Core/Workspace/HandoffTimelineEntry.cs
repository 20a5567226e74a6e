using TeamsCrm.Core.Handoffs;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// A handoff the viewer may see: when it was offered (<see cref="IsAnswer"/> false) or when it ended (accepted,
/// declined, cancelled, expired or withdrawn; <see cref="IsAnswer"/> true).
/// </summary>
public sealed record HandoffTimelineEntry(DateTimeOffset When, Handoff Handoff, string DealTitle, bool IsAnswer) : TimelineEntry(When);
