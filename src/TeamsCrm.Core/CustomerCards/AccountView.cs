using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Core.CustomerCards;

/// <summary>An account as one viewer may see it. <see cref="Segment"/> is null for partners.</summary>
public sealed record AccountView(
    string Id,
    string Name,
    string? LegalForm,
    string? Industry,
    string? Segment,
    string? Website,
    PostalAddress Address,
    PersonRef Owner,
    AccountStatus Status,
    SocialProfiles Social,
    DateTimeOffset UpdatedAt,
    string? Version);
