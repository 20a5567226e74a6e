namespace TeamsCrm.Core.Common;

/// <summary>A record inside one account's partition (a contact, deal, handoff, comment, interaction or task), found there by its own id.</summary>
public abstract record AccountRecord : VersionedRecord
{
    public required string Id { get; init; }

    public required string AccountId { get; init; }
}
