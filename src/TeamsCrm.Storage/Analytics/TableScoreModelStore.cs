using System.Text.Json;
using TeamsCrm.Analytics.Scoring;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Each tenant's trained deal score model in the "Facts" table: partition "{tenant}|model", a <see cref="JsonParts"/>
/// document (the FastTree model, ML.NET's zip, travels base64 inside it), and a row per tenant in the "~models"
/// partition with when it was trained — the list the retraining schedule walks.
/// </summary>
public sealed class TableScoreModelStore(CrmTables tables) : IScoreModelStore
{
    internal const string ModelsPartition = "~models";

    public async Task<StoredScoreModel?> ReadAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await JsonParts.ReadAsync(tables.Facts, ModelPartition(tenantId), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<StoredScoreModel>(json)
            : null;

    public async Task WriteAsync(string tenantId, StoredScoreModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await JsonParts.WriteAsync(tables.Facts, ModelPartition(tenantId), JsonSerializer.Serialize(model), model.TrainedAt, cancellationToken).ConfigureAwait(false);
        await tables.Facts.UpsertEntityAsync(new TableEntity(ModelsPartition, StorageKeys.Checked(tenantId)) { ["TrainedAt"] = model.TrainedAt }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(string TenantId, DateTimeOffset TrainedAt)>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenants = new List<(string, DateTimeOffset)>();
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(ModelsPartition), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            tenants.Add((row.RowKey, row.GetDateTimeOffset("TrainedAt") ?? DateTimeOffset.MinValue));
        }

        return tenants;
    }

    internal static string ModelPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|model";
}
