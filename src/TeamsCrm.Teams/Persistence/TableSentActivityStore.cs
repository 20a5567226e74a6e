using Azure;
using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Table "{prefix}SentActivities" (default "BotSentActivities"): PK "{tenant}|sent", RK the escaped key; the service URL,
/// conversation id and activity id of the sent activity, and when it was recorded.
/// </summary>
internal sealed class TableSentActivityStore(TableServiceClient tables, TimeProvider timeProvider, string tablePrefix = "Bot") : ISentActivityStore, IDisposable
{
    private const string Kind = "sent";
    private readonly TableInitializer _table = new(tables, tablePrefix + "SentActivities");

    public void Dispose() => _table.Dispose();

    public async Task RecordAsync(string key, SentActivity sent, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(sent);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Partition(sent.TenantId, Kind), TableKeys.Escape(key))
        {
            [nameof(SentActivity.ServiceUrl)] = sent.ServiceUrl,
            [nameof(SentActivity.ConversationId)] = sent.ConversationId,
            [nameof(SentActivity.ActivityId)] = sent.ActivityId,
            ["RecordedAt"] = timeProvider.GetUtcNow(),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SentActivity?> GetIfExistsAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        NullableResponse<TableEntity> response = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Partition(tenantId, Kind), TableKeys.Escape(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity
            || entity.GetString(nameof(SentActivity.ServiceUrl)) is not { Length: > 0 } serviceUrl
            || entity.GetString(nameof(SentActivity.ConversationId)) is not { Length: > 0 } conversationId
            || entity.GetString(nameof(SentActivity.ActivityId)) is not { Length: > 0 } activityId)
        {
            return null;
        }

        return new SentActivity(tenantId, serviceUrl, conversationId, activityId);
    }
}
