namespace TeamsCrm.Core.Partners;

/// <summary>
/// An external company whose people work in the tenant as B2B guests (a reseller, an implementer). Its
/// <see cref="Members"/> are guests named by Entra object id: membership is the only proof that a guest works for it.
/// <see cref="EmailDomains"/> are a hint for suggesting guests to add, never proof. An archived organisation keeps its
/// records but its guests see nothing. <see cref="VersionedRecord.Version"/> guards concurrent changes.
/// </summary>
public sealed record PartnerOrganization(string Id, string Name, IReadOnlyList<string> EmailDomains) : VersionedRecord
{
    /// <summary>At most this many guests per organisation (the members are kept in one storage row).</summary>
    public const int MaxMembers = 200;

    public IReadOnlyList<PersonRef> Members { get; init; } = [];

    public bool IsArchived { get; init; }

    public bool HasMember(string userId) => Members.Any(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
}
