namespace TeamsCrm.Core.Accounts;

/// <summary>Links to the company's public profiles; each is an absolute https URL or null.</summary>
public sealed record SocialProfiles(string? LinkedIn, string? Xing, string? X)
{
    public static SocialProfiles Empty { get; } = new(null, null, null);
}
