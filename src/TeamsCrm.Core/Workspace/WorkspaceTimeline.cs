using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Workspace;

/// <summary>
/// Builds the account's timeline for one viewer, newest first. Pure: the caller passes only what the viewer may see
/// (interactions and audit entries for members), and each source is checked against the access again.
/// Interactions and handoffs come from their records, so their audit entries are left out (no event twice).
/// </summary>
public static class WorkspaceTimeline
{
    public const int Limit = 100;

    private static readonly HashSet<string> KindsFromRecords = new(StringComparer.Ordinal) { "Interaction", "Handoff" };

    public static IReadOnlyList<TimelineEntry> Build(
        AccountPartition partition, AccountAccess access, IReadOnlyList<Handoff> visibleHandoffs, IReadOnlyList<AuditEntry> audit, IReadOnlyList<FollowUpTask> tasks) =>
        [.. Entries(partition, access, visibleHandoffs, audit, tasks).OrderByDescending(e => e.At).Take(Limit)];

    /// <summary>
    /// The newest <paramref name="take"/> entries, from feeds read with one more than that each (the partition's
    /// interactions, the audit entries). A feed that had more stops the page at its oldest entry read — what lies
    /// beyond it is unread, so nothing older from another feed may be shown before it; <see cref="TimelinePage.HasOlder"/> says more exists.
    /// </summary>
    public static TimelinePage Page(
        AccountPartition partition, AccountAccess access, IReadOnlyList<Handoff> visibleHandoffs, IReadOnlyList<AuditEntry> audit, IReadOnlyList<FollowUpTask> tasks, int take)
    {
        var entries = Entries(partition, access, visibleHandoffs, audit, tasks);
        var interactionsCut = access.Can(CrmAction.ViewInteractions) ? OldestIfMore(partition.RecentInteractions.Select(i => i.OccurredAt), take) : null;
        var auditCut = access.Can(CrmAction.ViewAudit) ? OldestIfMore(audit.Select(a => a.At), take) : null;
        var horizon = Nullable.Compare(interactionsCut, auditCut) >= 0 ? interactionsCut : auditCut;
        var complete = entries.Where(e => horizon is null || e.At > horizon).OrderByDescending(e => e.At).ToArray();
        return new TimelinePage([.. complete.Take(take)], horizon is not null || complete.Length > take);
    }

    private static List<TimelineEntry> Entries(
        AccountPartition partition, AccountAccess access, IReadOnlyList<Handoff> visibleHandoffs, IReadOnlyList<AuditEntry> audit, IReadOnlyList<FollowUpTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(visibleHandoffs);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(tasks);
        var entries = new List<TimelineEntry>();
        if (access.Can(CrmAction.ViewInteractions))
        {
            entries.AddRange(partition.RecentInteractions.Select(i =>
                new InteractionTimelineEntry(i, partition.Contacts.FirstOrDefault(c => c.Id == i.ContactId)?.FullName)));
        }

        foreach (var handoff in visibleHandoffs)
        {
            var title = partition.FindDeal(handoff.DealId)?.Title ?? string.Empty;
            entries.Add(new HandoffTimelineEntry(handoff.CreatedAt, handoff, title, IsAnswer: false));
            if (!handoff.IsPending && handoff.RespondedAt is { } answered)
            {
                entries.Add(new HandoffTimelineEntry(answered, handoff, title, IsAnswer: true));
            }
        }

        if (access.Can(CrmAction.ViewAudit))
        {
            entries.AddRange(audit.Where(a => !KindsFromRecords.Contains(a.RecordKind)).Select(a => FromAudit(a, partition, tasks)));
        }

        return entries;
    }

    /// <summary>The oldest moment of a feed that was read with more than <paramref name="take"/> entries (so it has more); else null.</summary>
    private static DateTimeOffset? OldestIfMore(IEnumerable<DateTimeOffset> moments, int take)
    {
        var read = moments.ToArray();
        return read.Length > take ? read.Min() : null;
    }

    /// <summary>The timeline with the last and next meeting with the customer from the people context, in order.</summary>
    public static IReadOnlyList<TimelineEntry> WithMeetings(IReadOnlyList<TimelineEntry> timeline, CustomerPeopleContext? context)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (context is null || (context.LastMet is null && context.NextMeeting is null))
        {
            return timeline;
        }

        var meetings = new[] { (context.LastMet, false), (context.NextMeeting, true) }
            .Where(m => m.Item1 is not null)
            .Select(m => (TimelineEntry)new MeetingTimelineEntry(m.Item1!, m.Item2));
        return [.. timeline.Where(e => e is not MeetingTimelineEntry).Concat(meetings).OrderByDescending(e => e.At)];
    }

    private static TimelineEntry FromAudit(AuditEntry entry, AccountPartition partition, IReadOnlyList<FollowUpTask> tasks)
    {
        var subject = SubjectOf(entry, partition, tasks);
        if (entry is { RecordKind: "Deal", Action: "StageChanged" }
            && AuditSnapshot.ReadEnum<DealStage>(entry.Before, nameof(Deal.Stage)) is { } from
            && AuditSnapshot.ReadEnum<DealStage>(entry.After, nameof(Deal.Stage)) is { } to)
        {
            return new StageChangeTimelineEntry(entry.At, entry.Actor, subject ?? string.Empty, from, to);
        }

        if (entry is { RecordKind: "Share", Action: ShareService.ShareLevelChanged }
            && AuditSnapshot.ReadEnum<ShareLevel>(entry.Before, nameof(Share.Level)) is { } was
            && AuditSnapshot.ReadEnum<ShareLevel>(entry.After, nameof(Share.Level)) is { } now)
        {
            var target = AuditSnapshot.Read(entry.After, nameof(Share.DealId)) is { } dealId ? partition.FindDeal(dealId)?.Title : partition.Account.Name;
            return new ShareLevelTimelineEntry(entry.At, entry.Actor, subject ?? string.Empty, target ?? string.Empty, was, now);
        }

        return new AuditTimelineEntry(entry.At, entry.Actor, entry.RecordKind, entry.Action, subject);
    }

    private static string? SubjectOf(AuditEntry entry, AccountPartition partition, IReadOnlyList<FollowUpTask> tasks)
    {
        var snapshot = entry.After ?? entry.Before;
        return entry.RecordKind switch
        {
            "Account" => partition.Account.Name,
            "Deal" => partition.FindDeal(entry.RecordId)?.Title ?? AuditSnapshot.Read(snapshot, nameof(Deal.Title)),
            "Contact" => partition.Contacts.FirstOrDefault(c => c.Id == entry.RecordId)?.FullName ?? ContactName(snapshot),
            "Task" => tasks.FirstOrDefault(t => t.Id == entry.RecordId)?.Title ?? AuditSnapshot.Read(snapshot, nameof(FollowUpTask.Title)),
            "Share" => AuditSnapshot.Read(snapshot, "PartnerOrganizationName"),
            _ => null,
        };
    }

    private static string? ContactName(string? snapshot) =>
        AuditSnapshot.Read(snapshot, "FirstName") is { } first ? $"{first} {AuditSnapshot.Read(snapshot, "LastName")}".Trim() : null;
}
