using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Search;

/// <summary>
/// One account, deal or contact found for a caller: only what every viewer allowed to see the record may see — its
/// name, the account's name, the owner (of a contact: its account's owner), a deal's stage or a contact's role. <see cref="RecordId"/> is the deal's or
/// contact's id (null for an account).
/// </summary>
public sealed record RecordHit(RecordKind Kind, string AccountId, string? RecordId, string Name, string AccountName, PersonRef Owner)
{
    public DealStage? Stage { get; init; }

    public string? Role { get; init; }
}
