namespace TeamsCrm.Core.Accounts;

/// <summary>
/// A customer company and the root of its partition: contacts, deals, comments, interactions,
/// handoffs, shares, tasks and audit entries all belong to one account.
/// <see cref="Segment"/> is internal and never shown to partners.
/// </summary>
public sealed record Account : VersionedRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? LegalForm { get; init; }
    public string? Industry { get; init; }
    public string? Segment { get; init; }
    public string? Website { get; init; }
    public PostalAddress Address { get; init; } = PostalAddress.Empty;
    public required PersonRef Owner { get; init; }
    public AccountStatus Status { get; init; } = AccountStatus.Active;
    public SocialProfiles Social { get; init; } = SocialProfiles.Empty;
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
