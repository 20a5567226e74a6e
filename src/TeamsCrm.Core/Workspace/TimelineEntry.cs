namespace TeamsCrm.Core.Workspace;

/// <summary>
/// One event in the account's timeline, newest first: an interaction, a meeting, a handoff, a stage change or an
/// audit entry. Surfaces put it in words in the viewer's language; what a viewer may not see never becomes an entry.
/// </summary>
public abstract record TimelineEntry(DateTimeOffset At);
