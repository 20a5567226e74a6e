using System.Text;

namespace TeamsCrm.Storage.Accounts;

/// <summary>
/// Table Storage's limits, checked before anything is sent: 64 KB per string property,
/// 1 MB per entity, 252 properties, 100 entities per entity-group transaction. Core's input limits keep valid records far below them, so a
/// failure here is a programming error, not a user error.
/// </summary>
public static class EntityLimits
{
    public const int MaxStringBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 252;
    public const int MaxTransactionActions = 100;

    public static void EnsureFits(ITableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity is not TableEntity table)
        {
            return;
        }

        var custom = table.Keys.Count(name => name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"));
        if (custom > MaxProperties)
        {
            throw new ArgumentException($"Entity {table.RowKey} has {custom} properties; the limit is {MaxProperties}.", nameof(entity));
        }

        long total = 0;
        foreach (var (name, value) in table)
        {
            var bytes = value switch
            {
                string text => Encoding.Unicode.GetByteCount(text),
                byte[] binary => binary.Length,
                null => 0,
                _ => 8,
            };
            if (value is string && bytes > MaxStringBytes)
            {
                throw new ArgumentException($"Property {name} of entity {table.RowKey} is {bytes} bytes; the limit is {MaxStringBytes}.", nameof(entity));
            }

            total += bytes + Encoding.Unicode.GetByteCount(name) + 8;
        }

        if (total > MaxEntityBytes)
        {
            throw new ArgumentException($"Entity {table.RowKey} is about {total} bytes; the limit is {MaxEntityBytes}.", nameof(entity));
        }
    }
}
