namespace TeamsCrm.Storage.Analytics;

/// <summary>The checkpoint: one row per version in the backfills' marker partition of the "Facts" table.</summary>
public sealed partial class StageHistoryBackfill
{
    internal static readonly string ProgressRow = $"stages-v{Version}";

    private async Task<StageHistoryProgress> ReadProgressAsync(CancellationToken cancellationToken)
    {
        var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(FactBackfill.MarkerPartition, ProgressRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue
            ? new StageHistoryProgress(row.Value!.GetString("After") ?? string.Empty, row.Value.GetString("Finished"), row.Value.GetBoolean("Done") ?? false)
            : new StageHistoryProgress(string.Empty, null, false);
    }

    private async Task WriteProgressAsync(StageHistoryProgress progress, CancellationToken cancellationToken) =>
        await tables.Facts.UpsertEntityAsync(
            new TableEntity(FactBackfill.MarkerPartition, ProgressRow) { ["After"] = progress.After, ["Finished"] = progress.Finished, ["Done"] = progress.Done },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
}
