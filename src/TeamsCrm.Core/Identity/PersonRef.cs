namespace TeamsCrm.Core.Identity;

/// <summary>A person as records refer to them: Entra object id plus the display name at the time.</summary>
public sealed record PersonRef(string UserId, string DisplayName);
