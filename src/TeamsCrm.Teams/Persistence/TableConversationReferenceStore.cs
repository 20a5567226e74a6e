using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using TeamsCrm.Teams.Schema;

namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Table "{prefix}Conversations" (default "BotConversations"): PK "{tenant}|conversation" RK the escaped conversation id (channel threads folded
/// into their channel), and PK "{tenant}|personal" RK the user's Entra object id for their personal chat.
/// </summary>
internal sealed class TableConversationReferenceStore(TableServiceClient tables, string tablePrefix = "Bot") : IConversationReferenceStore, IDisposable
{
    private const string ConversationKind = "conversation";
    private const string PersonalKind = "personal";
    private readonly TableInitializer _table = new(tables, tablePrefix + "Conversations");

    public void Dispose() => _table.Dispose();

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var normalized = reference with { ConversationId = ActivityExtensions.StripThread(reference.ConversationId), Unusable = false, UnusableReason = null };
        await table.UpsertEntityAsync(ConversationReferenceEntity.ToEntity(normalized, TableKeys.Partition(reference.TenantId, ConversationKind), TableKeys.Escape(normalized.ConversationId)),
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (normalized.ConversationType == "personal" && !string.IsNullOrEmpty(normalized.UserAadObjectId))
        {
            await table.UpsertEntityAsync(ConversationReferenceEntity.ToEntity(normalized, TableKeys.Partition(reference.TenantId, PersonalKind), TableKeys.Escape(normalized.UserAadObjectId)),
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) =>
        GetAsync(TableKeys.Partition(tenantId, ConversationKind), TableKeys.Escape(ActivityExtensions.StripThread(conversationId)), cancellationToken);

    public Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default) =>
        GetAsync(TableKeys.Partition(tenantId, PersonalKind), TableKeys.Escape(aadObjectId), cancellationToken);

    public async Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        var existing = await GetIfExistsAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return;
        }

        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var marked = existing with { Unusable = true, UnusableReason = reason };
        await table.UpsertEntityAsync(ConversationReferenceEntity.ToEntity(marked, TableKeys.Partition(tenantId, ConversationKind), TableKeys.Escape(marked.ConversationId)),
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (marked.ConversationType == "personal" && !string.IsNullOrEmpty(marked.UserAadObjectId))
        {
            await table.UpsertEntityAsync(ConversationReferenceEntity.ToEntity(marked, TableKeys.Partition(tenantId, PersonalKind), TableKeys.Escape(marked.UserAadObjectId)),
                TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<ConversationReference> QueryAsync(string tenantId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Partition(tenantId, ConversationKind);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return ConversationReferenceEntity.FromEntity(entity);
        }
    }

    private async Task<ConversationReference?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        NullableResponse<TableEntity> response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? ConversationReferenceEntity.FromEntity(response.Value) : null;
    }
}
