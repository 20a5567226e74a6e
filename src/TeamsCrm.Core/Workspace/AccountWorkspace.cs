using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// Everything the account workspace shows, filtered and redacted for one viewer exactly like the customer card
/// (<see cref="CustomerCardAssembler"/>): all contacts the viewer may see, all deals (open and closed), the newest
/// comments, handoffs, tasks, shares and the timeline (interactions, handoffs, stage changes and audit entries). A
/// partner's workspace never contains the segment, the deal probability and source, internal comments, interactions,
/// tasks, other people's handoffs, other organisations' shares or audit entries — they are absent, not hidden.
/// </summary>
public sealed record AccountWorkspace(
    AccountView Account,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<WorkspaceDeal> Deals,
    CommentPage Comments,
    IReadOnlyList<Handoff> Handoffs,
    IReadOnlyList<FollowUpTask> Tasks,
    IReadOnlyList<Share> Shares,
    IReadOnlyList<TimelineEntry> Timeline,
    WorkspacePermissions Permissions,
    bool IsRedacted)
{
    /// <summary>Older timeline entries exist beyond <see cref="Timeline"/> (read more with a larger timeline take).</summary>
    public bool HasOlderTimeline { get; init; }
}
