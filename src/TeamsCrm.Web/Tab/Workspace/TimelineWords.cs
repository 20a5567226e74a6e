using Microsoft.Extensions.Localization;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Workspace;
using TeamsCrm.Web.Tab.Resources;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>A timeline entry in words, in the viewer's language (TabTexts: Timeline.*), and the kind a browser test can find it by.</summary>
public static class TimelineWords
{
    public static string Kind(TimelineEntry entry) => entry switch
    {
        InteractionTimelineEntry => "interaction",
        MeetingTimelineEntry => "meeting",
        HandoffTimelineEntry => "handoff",
        StageChangeTimelineEntry => "stage",
        _ => "audit",
    };

    public static string Describe(IStringLocalizer<TabTexts> text, TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        return entry switch
        {
            InteractionTimelineEntry i => text[
                i.ContactName is null ? "Timeline.Interaction" : "Timeline.InteractionWith",
                i.Interaction.LoggedBy.DisplayName,
                text[$"InteractionChannel.{i.Interaction.Channel}"],
                text[$"InteractionDirection.{i.Interaction.Direction}"],
                i.ContactName ?? string.Empty],
            MeetingTimelineEntry m => text[m.IsUpcoming ? "Timeline.MeetingNext" : "Timeline.MeetingLast"],
            HandoffTimelineEntry h => text[
                h.IsAnswer ? $"Timeline.Handoff.{h.Handoff.Status}" : "Timeline.Handoff.Offered",
                h.Handoff.From.DisplayName,
                h.DealTitle,
                h.Handoff.To.DisplayName],
            StageChangeTimelineEntry s => text["Timeline.StageChanged", s.Actor.DisplayName, s.DealTitle, text[$"Stage.{s.From}"], text[$"Stage.{s.To}"]],
            ShareLevelTimelineEntry l => text["Timeline.ShareLevelChanged", l.Actor.DisplayName, l.Partner, l.Target, text[$"ShareLevel.{l.From}"], text[$"ShareLevel.{l.To}"]],
            AuditTimelineEntry a => Audit(text, a),
            _ => string.Empty,
        };
    }

    /// <summary>What the entry adds in the words people typed (a summary, a note, a reason, a meeting subject), or null.</summary>
    public static string? Detail(TimelineEntry entry) => entry switch
    {
        InteractionTimelineEntry i => i.Interaction.Summary,
        MeetingTimelineEntry m => m.Meeting.Subject,
        HandoffTimelineEntry { IsAnswer: true, Handoff.Status: HandoffStatus.Declined } h => h.Handoff.DeclineReason,
        HandoffTimelineEntry { IsAnswer: false } h => h.Handoff.Note,
        _ => null,
    };

    private static string Audit(IStringLocalizer<TabTexts> text, AuditTimelineEntry entry)
    {
        var words = text[$"Timeline.Audit.{entry.RecordKind}.{entry.Action}", entry.Actor.DisplayName, entry.Subject ?? string.Empty];
        if (!words.ResourceNotFound)
        {
            return words;
        }

        var kind = text[$"RecordKind.{entry.RecordKind}"];
        return text["Timeline.Audit.Other", entry.Actor.DisplayName, kind.ResourceNotFound ? entry.RecordKind : kind.Value];
    }
}
