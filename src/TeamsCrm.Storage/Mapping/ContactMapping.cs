using TeamsCrm.Core.Contacts;

namespace TeamsCrm.Storage.Mapping;

internal static class ContactMapping
{
    public static string RowKey(string id) => StorageKeys.ContactPrefix + id;

    public static TableEntity ToEntity(string partitionKey, Contact c) => new(partitionKey, RowKey(c.Id))
    {
        ["Id"] = c.Id,
        ["AccountId"] = c.AccountId,
        ["FirstName"] = c.FirstName,
        ["LastName"] = c.LastName,
        ["Role"] = c.Role,
        ["Email"] = c.Email,
        ["Phone"] = c.Phone,
        ["PreferredChannel"] = c.PreferredChannel.ToString(),
        ["IsKeyContact"] = c.IsKeyContact,
        ["CreatedAt"] = c.CreatedAt,
        ["UpdatedAt"] = c.UpdatedAt,
    };

    public static Contact FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        FirstName = e.GetString("FirstName"),
        LastName = e.GetString("LastName"),
        Role = e.GetString("Role"),
        Email = e.GetString("Email"),
        Phone = e.GetString("Phone"),
        PreferredChannel = e.GetEnum<PreferredChannel>("PreferredChannel"),
        IsKeyContact = e.GetBoolean("IsKeyContact") ?? false,
        CreatedAt = e.GetTime("CreatedAt"),
        UpdatedAt = e.GetTime("UpdatedAt"),
        Version = e.VersionOf(),
    };
}
