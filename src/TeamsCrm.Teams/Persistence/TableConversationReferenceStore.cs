using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Table "{prefix}Conversations" (default "BotConversations"): PK "{tenant}|conversation" RK the escaped conversation id (channel threads folded
/// into their channel), PK "{tenant}|personal" RK the user's Entra object id for their personal chat, and PK "{tenant}|user" RK the user's
/// Entra object id for the locale of their latest activity in any conversation. Table "{prefix}Tenants": PK "tenants" RK the escaped
/// tenant id, one row per tenant the bot has seen (the only partition that is not a tenant's: it lists tenant ids, nothing else).
/// The tenant row is written once per instance (rows are only ever added, so nothing can hide another instance's change); the
/// user's locale row and a conversation's rows only when this instance has not written the same value in the last 15 minutes
/// (or the reference was marked unusable since): most activities — every card refresh — then write nothing here. With several
/// instances, a value another instance wrote meanwhile (a locale the user switched to there, an "unusable" mark) is
/// overwritten by this instance's next change or, at the latest, by its next activity after those 15 minutes.
/// </summary>
internal sealed partial class TableConversationReferenceStore(TableServiceClient tables, string tablePrefix = "Bot") : IConversationReferenceStore, IDisposable
{
    private const string ConversationKind = "conversation";
    private const string PersonalKind = "personal";
    private const string UserKind = "user";
    private const string TenantsPartition = "tenants";
    private const int MaxRemembered = 100_000;

    /// <summary>An unchanged reference is written again after this long, so its UpdatedAt stays roughly current.</summary>
    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(15);
    private readonly TableInitializer _table = new(tables, tablePrefix + "Conversations");
    private readonly TableInitializer _tenants = new(tables, tablePrefix + "Tenants");
    private readonly ConcurrentDictionary<string, byte> _knownTenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WrittenLocale> _knownLocales = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WrittenReference> _written = new(StringComparer.Ordinal);

    public void Dispose()
    {
        _table.Dispose();
        _tenants.Dispose();
    }

    public async Task UpsertAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var normalized = reference with { ConversationId = ActivityExtensions.StripThread(reference.ConversationId), Unusable = false, UnusableReason = null };
        var conversationPartition = TableKeys.Partition(reference.TenantId, ConversationKind);
        var conversationRow = TableKeys.Escape(normalized.ConversationId);
        var writtenKey = WrittenKey(reference.TenantId, normalized.ConversationId);
        _written.TryGetValue(writtenKey, out var written);
        if (string.IsNullOrWhiteSpace(normalized.Locale))
        {
            // An activity without a locale (an install event, say) keeps the locale the conversation had.
            var previous = written?.Reference ?? await GetAsync(conversationPartition, conversationRow, cancellationToken).ConfigureAwait(false);
            normalized = normalized with { Locale = previous?.Locale };
        }

        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        var comparable = Comparable(normalized);
        var writes = new List<Task>(4);
        if (written is null || written.Reference != comparable || normalized.UpdatedAt - written.At >= RewriteAfter || normalized.UpdatedAt < written.At)
        {
            writes.Add(table.UpsertEntityAsync(ConversationReferenceEntity.ToEntity(normalized, conversationPartition, conversationRow), TableUpdateMode.Replace, cancellationToken));
            if (normalized.ConversationType == "personal" && !string.IsNullOrEmpty(normalized.UserAadObjectId))
            {
                writes.Add(table.UpsertEntityAsync(
                    ConversationReferenceEntity.ToEntity(normalized, TableKeys.Partition(reference.TenantId, PersonalKind), TableKeys.Escape(normalized.UserAadObjectId)),
                    TableUpdateMode.Replace,
                    cancellationToken));
            }
        }

        writes.Add(RememberUserLocaleAsync(table, reference, cancellationToken));
        writes.Add(RegisterTenantAsync(reference, cancellationToken));
        await Task.WhenAll(writes).ConfigureAwait(false);
        Remember(_written, writtenKey, new WrittenReference(comparable, normalized.UpdatedAt));
    }

    public Task<ConversationReference?> GetIfExistsAsync(string tenantId, string conversationId, CancellationToken cancellationToken = default) =>
        GetAsync(TableKeys.Partition(tenantId, ConversationKind), TableKeys.Escape(ActivityExtensions.StripThread(conversationId)), cancellationToken);

    public Task<ConversationReference?> GetPersonalIfExistsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default) =>
        GetAsync(TableKeys.Partition(tenantId, PersonalKind), TableKeys.Escape(aadObjectId), cancellationToken);

    public async Task<string?> GetUserLocaleAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        NullableResponse<TableEntity> user = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Partition(tenantId, UserKind), TableKeys.Escape(aadObjectId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (user.HasValue && user.Value?.GetString(nameof(ConversationReference.Locale)) is { Length: > 0 } locale)
        {
            return locale;
        }

        // References stored before the user rows existed.
        return (await GetPersonalIfExistsAsync(tenantId, aadObjectId, cancellationToken).ConfigureAwait(false))?.Locale;
    }

    public async Task MarkUnusableAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken = default)
    {
        var existing = await GetIfExistsAsync(tenantId, conversationId, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return;
        }

        _written.TryRemove(WrittenKey(tenantId, existing.ConversationId), out _);
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

    public async IAsyncEnumerable<string> QueryTenantsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _tenants.GetAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TenantsPartition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetString("TenantId") is { Length: > 0 } tenantId)
            {
                yield return tenantId;
            }
        }
    }

    private static string WrittenKey(string tenantId, string conversationId) => tenantId + "\n" + ActivityExtensions.StripThread(conversationId);

    /// <summary>What makes two references the same for storage: everything but the activity id and the time.</summary>
    private static ConversationReference Comparable(ConversationReference reference) => reference with { ActivityId = null, UpdatedAt = default };

    /// <summary>The reference this instance last wrote for a conversation (as <see cref="Comparable"/>) and when.</summary>
    private sealed record WrittenReference(ConversationReference Reference, DateTimeOffset At);

    /// <summary>The locale this instance last wrote for a user and when.</summary>
    private sealed record WrittenLocale(string Locale, DateTimeOffset At);

    private static void Remember<T>(ConcurrentDictionary<string, T> cache, string key, T value)
    {
        if (cache.Count >= MaxRemembered)
        {
            cache.Clear();
        }

        cache[key] = value;
    }

    private async Task<ConversationReference?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken).ConfigureAwait(false);
        NullableResponse<TableEntity> response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is not null ? ConversationReferenceEntity.FromEntity(response.Value) : null;
    }
}
