using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Workspace;

/// <summary>A deal moved from one stage to another, from the audit trail (members only).</summary>
public sealed record StageChangeTimelineEntry(DateTimeOffset When, PersonRef Actor, string DealTitle, DealStage From, DealStage To) : TimelineEntry(When);
