using System.Net;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The write of a deal's fact row ("d|{account}|{deal}"), guarded by the version it came from: the row carries the
/// deal's <c>UpdatedAt</c> (UTC ticks, <see cref="VersionProperty"/>), and a deleted deal's row becomes a tombstone
/// (<see cref="DeletedProperty"/>) instead of going. The write reads the stored row's version and replaces it only on
/// that row's ETag and only with the same or a newer version (absent: added, must not exist); a tombstone is never
/// replaced (a deal id is never reused). So an older change replayed late — the sweeper's replay of a crashed commit,
/// or a slow instance's — never writes its row over a newer change's, nor brings a deleted deal back.
/// </summary>
public static class DealFactRows
{
    public const string VersionProperty = "Version";
    public const string DeletedProperty = "Deleted";

    private const int MaxAttempts = 12;

    /// <summary>True for a deal's own row (not its stage rows "d|{account}|{deal}|s|{ticks}", not an account's row).</summary>
    public static bool IsDealRow(string rowKey) =>
        rowKey.StartsWith(FactProjection.DealPrefix, StringComparison.Ordinal) && rowKey.Count(c => c == '|') == 2;

    /// <summary>A deleted deal's row: it stands for no deal, and readers leave it out.</summary>
    public static bool IsTombstone(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.GetString(DeletedProperty) is not null;
    }

    /// <summary>The version a row came from: the deal's UpdatedAt as 19-digit UTC ticks (ordinal order is time order).</summary>
    public static string Version(DateTimeOffset updatedAt) => updatedAt.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <paramref name="row"/> unless the stored row is a tombstone or of a newer version (see the type).</summary>
    public static async Task WriteAsync(TableClient table, TableEntity row, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(
                row.PartitionKey, row.RowKey, select: [VersionProperty, DeletedProperty], cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!stored.HasValue)
                {
                    await table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
                }
                else if (Replaces(row, stored.Value!))
                {
                    await table.UpdateEntityAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound && attempt < MaxAttempts)
            {
                // Another writer of the row came between the read and the write: read it again.
            }
        }
    }

    private static bool Replaces(TableEntity row, TableEntity stored) =>
        !IsTombstone(stored) && (IsTombstone(row) || string.CompareOrdinal(row.GetString(VersionProperty) ?? string.Empty, stored.GetString(VersionProperty) ?? string.Empty) >= 0);
}
