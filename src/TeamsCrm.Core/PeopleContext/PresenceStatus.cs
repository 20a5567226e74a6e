namespace TeamsCrm.Core.PeopleContext;

/// <summary>A colleague's availability as the directory reports it (Graph presence, simplified).</summary>
public enum PresenceStatus
{
    Unknown,
    Available,
    Busy,
    DoNotDisturb,
    Away,
    Offline,
}
