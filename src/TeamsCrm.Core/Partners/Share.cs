namespace TeamsCrm.Core.Partners;

/// <summary>
/// An account — or, when <see cref="DealId"/> is set, one deal of it — shared with a partner
/// organisation at a <see cref="ShareLevel"/>.
/// </summary>
public sealed record Share : VersionedRecord
{
    public required string AccountId { get; init; }
    public string? DealId { get; init; }
    public required string PartnerOrganizationId { get; init; }
    public required string PartnerOrganizationName { get; init; }
    public required ShareLevel Level { get; init; }
    public required PersonRef SharedBy { get; init; }
    public required DateTimeOffset SharedAt { get; init; }

    public bool IsAccountShare => DealId is null;
}
