using TeamsCrm.Core.Notifications;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Notifications;

/// <summary>A pending notification in its account partition (row key "n|{id}") and back.</summary>
internal static class NotificationMapping
{
    public static string RowKey(string id) => StorageKeys.NotificationPrefix + StorageKeys.Checked(id);

    public static TableEntity ToEntity(string partitionKey, PendingNotification n)
    {
        var e = new TableEntity(partitionKey, RowKey(n.Id))
        {
            ["Id"] = n.Id,
            ["Kind"] = n.Kind.ToString(),
            ["RecipientUserId"] = n.RecipientUserId,
            ["AccountId"] = n.AccountId,
            ["RecordId"] = n.RecordId,
            ["OnceKey"] = n.OnceKey,
            ["CreatedAt"] = n.CreatedAt,
            ["Party"] = n.Party.ToString(),
        };
        e.SetPerson("CausedBy", n.CausedBy);
        return e;
    }

    public static PendingNotification FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        Kind = e.GetEnum<NotificationKind>("Kind"),
        RecipientUserId = e.GetString("RecipientUserId"),
        AccountId = e.GetString("AccountId"),
        RecordId = e.GetString("RecordId"),
        OnceKey = e.GetString("OnceKey"),
        CausedBy = e.GetPerson("CausedBy"),
        CreatedAt = e.GetTime("CreatedAt"),
        Party = e.GetEnum<NotificationParty>("Party"),
    };
}
