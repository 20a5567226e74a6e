namespace TeamsCrm.Core.Workspace;

/// <summary>The newest entries of an account's timeline, newest first, and whether older ones exist.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, bool HasOlder);
