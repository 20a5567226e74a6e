using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Workspace;

/// <summary>A partner organisation's access to the account or one of its deals changed level, from the audit trail (members only).</summary>
public sealed record ShareLevelTimelineEntry(DateTimeOffset When, PersonRef Actor, string Partner, string Target, ShareLevel From, ShareLevel To) : TimelineEntry(When);
