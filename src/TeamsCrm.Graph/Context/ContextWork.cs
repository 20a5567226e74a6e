namespace TeamsCrm.Graph.Context;

/// <summary>What one card's context still needs from Graph (not in the caches), and whether any part of it failed.</summary>
internal sealed class ContextWork(IReadOnlyList<string> profiles, IReadOnlyList<string> presence, IReadOnlyList<string> calendars)
{
    public IReadOnlyList<string> Profiles { get; } = profiles;

    public IReadOnlyList<string> Presence { get; } = presence;

    public IReadOnlyList<string> Calendars { get; } = calendars;

    public bool IsEmpty => Profiles.Count == 0 && Presence.Count == 0 && Calendars.Count == 0;

    public bool Degraded { get; set; }

    /// <summary>Parts read but not cached because they are incomplete (a profile without its manager, a calendar cut short).</summary>
    public List<PersonProfile> PartialProfiles { get; } = [];

    public List<Meeting> PartialMeetings { get; } = [];
}
