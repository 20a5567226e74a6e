using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Workspace;

/// <summary>The last or next meeting with the customer, as the people context lets the viewer see it.</summary>
public sealed record MeetingTimelineEntry(MeetingView Meeting, bool IsUpcoming) : TimelineEntry(Meeting.Start);
