using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Partners;

/// <summary>
/// The tenant's sharing marker (<see cref="ISharingVersion"/>): one row, <see cref="RowKey"/>, in the tenant's partners
/// partition (after the organisations, which end before <c>~</c>); its ETag is the marker. A bump replaces the row, a
/// read is one point read of it. A failed bump is logged (EventId 9040), never thrown: the change it follows is made.
/// A read that finds the marker moved since this instance last read it drops the partner directory's memory of the
/// tenant, so a guest removed (or an organisation archived) on another instance loses access here at once, not after
/// <see cref="TablePartnerDirectory.ListLifetime"/>.
/// </summary>
public sealed partial class TableSharingVersion(CrmTables tables, IPartnerDirectory directory, ILogger<TableSharingVersion> logger) : ISharingVersion
{
    public const string RowKey = "~v|sharing";

    private readonly ConcurrentDictionary<string, string?> _seen = new(StringComparer.Ordinal);

    public async Task BumpAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        try
        {
            var row = new TableEntity(StorageKeys.PartnersPartition(tenantId), RowKey) { ["BumpedAt"] = DateTimeOffset.UtcNow };
            await tables.Partners.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RequestFailedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogBumpFailed(logger, exception, tenantId); // a storage timeout too: the change it follows is made
        }
    }

    public async Task<string?> ReadAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var row = await tables.Partners.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.PartnersPartition(tenantId), RowKey, ["BumpedAt"], cancellationToken).ConfigureAwait(false);
        var version = row.HasValue && row.Value is { } entity ? entity.ETag.ToString() : null;
        if (_seen.TryGetValue(tenantId, out var seen) && seen != version && directory is TablePartnerDirectory kept)
        {
            kept.Forget(tenantId);
        }

        _seen[tenantId] = version;
        return version;
    }

    [LoggerMessage(EventId = 9040, Level = LogLevel.Warning, Message = "Marking the sharing change of tenant {TenantId} failed; other app instances' open pages show it at their next load.")]
    private static partial void LogBumpFailed(ILogger logger, Exception exception, string tenantId);
}
