using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Common;

namespace TeamsCrm.Storage.Mapping;

internal static class CommentMapping
{
    /// <summary>Newest first, and derivable from the id alone (its version 7 timestamp).</summary>
    public static string RowKey(string id) => $"{StorageKeys.CommentPrefix}{StorageKeys.Inverted(CrmIds.CreatedAt(id))}|{id}";

    public static TableEntity ToEntity(string partitionKey, Comment c)
    {
        var e = new TableEntity(partitionKey, RowKey(c.Id))
        {
            ["Id"] = c.Id,
            ["AccountId"] = c.AccountId,
            ["DealId"] = c.DealId,
            ["Text"] = c.Text,
            ["Visibility"] = c.Visibility.ToString(),
            ["CreatedAt"] = c.CreatedAt,
            ["EditedAt"] = c.EditedAt,
            ["IsDeleted"] = c.IsDeleted,
        };
        e.SetPerson("Author", c.Author);
        e.SetPeople("Mentions", c.Mentions);
        return e;
    }

    public static Comment FromEntity(TableEntity e) => new()
    {
        Id = e.GetString("Id"),
        AccountId = e.GetString("AccountId"),
        DealId = e.GetString("DealId"),
        Author = e.GetPerson("Author"),
        Text = e.GetString("Text") ?? string.Empty,
        Mentions = e.GetPeople("Mentions"),
        Visibility = e.GetEnum<CommentVisibility>("Visibility"),
        CreatedAt = e.GetTime("CreatedAt"),
        EditedAt = e.GetDateTimeOffset("EditedAt"),
        IsDeleted = e.GetBoolean("IsDeleted") ?? false,
        Version = e.VersionOf(),
    };
}
