using System.Globalization;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The interaction fact rows a record change writes, beside <see cref="FactProjection"/>'s deal and account rows and
/// through the same outbox: one row per interaction ("i|{account}|{interaction}": contact, channel, direction, time,
/// products discussed) in the tenant's facts partition. Derived from the record alone: a redelivered change writes the
/// same row, a deleted interaction's row is deleted.
/// </summary>
public static class InteractionFactProjection
{
    public const string InteractionPrefix = "i|";

    public static IReadOnlyList<IndexOperation> For(CrmTables tables, string tenantId, RecordChange change)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(change);
        return IndexProjection.Diff(Rows(tenantId, change.Before), Rows(tenantId, change.After), _ => tables.Facts.Name);
    }

    /// <summary>The first row key of one account's interaction rows (a range of the facts partition).</summary>
    public static string AccountPrefix(string accountId) => $"{InteractionPrefix}{StorageKeys.Checked(accountId)}|";

    private static Dictionary<(string PartitionKey, string RowKey), IReadOnlyDictionary<string, string?>> Rows(string tenantId, object? record)
    {
        var rows = new Dictionary<(string, string), IReadOnlyDictionary<string, string?>>();
        if (record is Interaction interaction)
        {
            rows[(StorageKeys.FactsPartition(tenantId), AccountPrefix(interaction.AccountId) + interaction.Id)] = new Dictionary<string, string?>
            {
                ["AccountId"] = interaction.AccountId,
                ["ContactId"] = interaction.ContactId,
                ["Channel"] = interaction.Channel.ToString(),
                ["Direction"] = interaction.Direction.ToString(),
                ["OccurredAt"] = interaction.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                ["Products"] = interaction.ProductIds.Count == 0 ? null : string.Join(',', interaction.ProductIds),
            };
        }

        return rows;
    }
}
