using TeamsCrm.Core.Audit;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Storage.Mapping;

/// <summary>
/// The rows of a tenant's partners partition: one per organisation (row key = its id), one per guest member
/// ("~m|" + object id → the organisation id, so a guest's organisation is one point read and a guest belongs to one
/// organisation at most), and the audit trail of changes to them ("~z|", newest first). Organisation ids are ASCII
/// below '~', so the organisations are exactly the rows before "~".
/// </summary>
internal static class PartnerMapping
{
    public const string OrganizationsEnd = "~";
    public const string MemberPrefix = "~m|";
    public const string AuditPrefix = "~z|";

    public static string OrganizationKey(string organizationId) =>
        organizationId.Any(c => c >= '~' || c < ' ')
            ? throw new ArgumentException($"'{organizationId}' cannot be a partner organisation id.", nameof(organizationId))
            : StorageKeys.Checked(organizationId);

    public static bool IsOrganizationId(string? organizationId) =>
        !string.IsNullOrEmpty(organizationId) && organizationId.Length <= 100 && organizationId.All(c => c is > ' ' and < '~' and not ('/' or '\\' or '#' or '?' or '|'));

    public static string MemberKey(string userId) => MemberPrefix + StorageKeys.Checked(userId.ToLowerInvariant());

    public static TableEntity ToEntity(string partitionKey, PartnerOrganization organization)
    {
        var entity = new TableEntity(partitionKey, OrganizationKey(organization.Id))
        {
            ["Name"] = organization.Name,
            ["EmailDomains"] = string.Join(';', organization.EmailDomains),
            ["IsArchived"] = organization.IsArchived,
        };
        entity.SetPeople("Members", organization.Members);
        return entity;
    }

    public static PartnerOrganization FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name") ?? entity.RowKey,
        (entity.GetString("EmailDomains") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
    {
        Members = entity.GetPeople("Members"),
        IsArchived = entity.GetBoolean("IsArchived") ?? false,
        Version = entity.VersionOf(),
    };

    public static TableEntity MemberEntity(string partitionKey, string userId, string organizationId) =>
        new(partitionKey, MemberKey(userId)) { ["OrganizationId"] = organizationId };

    public static TableEntity AuditEntity(string partitionKey, AuditEntry entry)
    {
        var entity = AuditMapping.ToEntity(partitionKey, entry);
        entity.RowKey = AuditPrefix + entity.RowKey;
        return entity;
    }
}
