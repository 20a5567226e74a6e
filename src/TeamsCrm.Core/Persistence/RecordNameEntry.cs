using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Persistence;

/// <summary>
/// A deal or contact as the tenant's record name index holds it: what the search preview shows of the record itself.
/// A deal carries its stage and owner, a contact its role; the account's name and owner are not copied here (they are
/// read from <see cref="AccountSummaryEntry"/> when searching, so renaming an account or changing its owner needs no
/// rewrite of its deals' and contacts' entries).
/// </summary>
public sealed record RecordNameEntry(string AccountId, string RecordId, string Name)
{
    public DealStage? Stage { get; init; }

    public PersonRef? Owner { get; init; }

    public string? Role { get; init; }
}
