using System.Net;
using Azure;
using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Claims in table "{prefix}Deliveries" (default "BotDeliveries") (PK "{tenant}|delivery", RK the escaped key, ExpiresAt, ClaimId). Insert wins
/// the claim; a conflict with an expired claim is taken over with the entity's ETag, so two racing takeovers cannot both win. Each attempt
/// writes its own ClaimId: when the storage client repeats a write whose answer was lost, the conflict it then meets is its own claim.
/// </summary>
internal sealed class TableActivityDeduplicator(TableServiceClient tables, TimeProvider timeProvider, string tablePrefix = "Bot") : IActivityDeduplicator, IDisposable
{
    private const string ClaimIdProperty = "ClaimId";
    private readonly TableInitializer _table = new(tables, tablePrefix + "Deliveries");

    public void Dispose() => _table.Dispose();

    public async Task<bool> TryClaimAsync(string tenantId, string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var claimId = Guid.NewGuid().ToString("N");
        var entity = new TableEntity(TableKeys.Partition(tenantId, "delivery"), TableKeys.Escape(key)) { ["ExpiresAt"] = now + timeToLive, [ClaimIdProperty] = claimId };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!existing.HasValue || existing.Value is null)
            {
                return await TryClaimAsync(tenantId, key, timeToLive, cancellationToken).ConfigureAwait(false);
            }

            if (existing.Value.GetString(ClaimIdProperty) == claimId)
            {
                return true;
            }

            if (existing.Value.GetDateTimeOffset("ExpiresAt") is { } expiresAt && expiresAt > now)
            {
                return false;
            }

            try
            {
                await table.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException conflict) when (conflict.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                var current = await table.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
                return current.HasValue && current.Value?.GetString(ClaimIdProperty) == claimId;
            }
        }
    }

    public async Task ReleaseAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(TableKeys.Partition(tenantId, "delivery"), TableKeys.Escape(key), ETag.All, cancellationToken).ConfigureAwait(false);
    }
}
