using System.Net;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Storage.Indexes;

/// <summary>Reads of the index tables: each is one range query of one tenant-scoped partition.</summary>
public sealed class TableCrmIndex(CrmTables tables) : ICrmIndex
{
    /// <summary>Row keys one query asks for: Table Storage allows 15 comparisons in a filter (the partition, the range's two bounds, these).</summary>
    internal const int MaxKeysPerQuery = 12;

    public async Task<IReadOnlyList<AccountNameEntry>> SearchAccountNamesAsync(string tenantId, string foldedPrefix, int take, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(foldedPrefix);
        var filter = StorageKeys.Filter(StorageKeys.NameIndexPartition(tenantId), foldedPrefix, StorageKeys.PrefixEnd(foldedPrefix));
        var entries = new List<AccountNameEntry>();
        await foreach (var page in tables.NamesFor(foldedPrefix).QueryAsync<TableEntity>(filter, Math.Min(take, 1000), cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            entries.AddRange(page.Values.Select(e => new AccountNameEntry(e.GetString("AccountId"), e.GetString("Name"), e.GetString("Industry"), e.GetString("City"))));
            if (entries.Count >= take)
            {
                break;
            }
        }

        return entries.Take(take).ToArray();
    }

    public async Task<IReadOnlyList<RecordNameEntry>> SearchRecordNamesAsync(string tenantId, RecordNameKind kind, string foldedPrefix, int take, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(foldedPrefix);
        var partition = kind == RecordNameKind.Deal ? StorageKeys.DealNameIndexPartition(tenantId) : StorageKeys.ContactNameIndexPartition(tenantId);
        var filter = StorageKeys.Filter(partition, foldedPrefix, StorageKeys.PrefixEnd(foldedPrefix));
        var entries = new List<RecordNameEntry>();
        await foreach (var page in tables.NamesFor(foldedPrefix).QueryAsync<TableEntity>(filter, Math.Min(take, 1000), cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            entries.AddRange(page.Values.Select(RecordNameOf));
            if (entries.Count >= take)
            {
                break;
            }
        }

        return entries.Take(take).ToArray();
    }

    public async Task<IReadOnlyList<AccountSummaryEntry>> GetAccountSummariesAsync(string tenantId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var partition = StorageKeys.AccountSummaryPartition(tenantId);
        var read = await Task.WhenAll(accountIds.Distinct(StringComparer.Ordinal).Select(id =>
            tables.Index.GetEntityIfExistsAsync<TableEntity>(partition, StorageKeys.Checked(id), cancellationToken: cancellationToken))).ConfigureAwait(false);
        return read.Where(r => r.HasValue).Select(r => r.Value!).Select(e =>
            new AccountSummaryEntry(e.RowKey, e.GetString("Name"), new PersonRef(e.GetString("OwnerId") ?? string.Empty, e.GetString("OwnerName") ?? string.Empty))).ToArray();
    }

    public async Task<IReadOnlyList<PersonalEntry>> ListPersonalAsync(string tenantId, string userId, PersonalListKind kind, CancellationToken cancellationToken = default)
    {
        var prefix = $"{kind}|";
        var filter = StorageKeys.Filter(StorageKeys.PersonalPartition(tenantId, userId), prefix, StorageKeys.PrefixEnd(prefix));
        var entries = new List<PersonalEntry>();
        await foreach (var entity in tables.Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new PersonalEntry(kind, entity.GetString("AccountId"), entity.GetString("RecordId"), entity.ETag.ToString()));
        }

        return entries;
    }

    /// <summary>
    /// One query per <see cref="MaxKeysPerQuery"/> entries (at once), within the asked row keys' range of the person's
    /// partition, instead of a point read per entry: the call list asks for ten, and ten requests cost the store more
    /// than one that answers with ten rows (docs/performance.md, the insights page).
    /// </summary>
    public async Task<IReadOnlyList<PersonalEntry>> ExistingPersonalAsync(string tenantId, string userId, PersonalListKind kind, IReadOnlyCollection<(string AccountId, string RecordId)> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var partition = StorageKeys.PersonalPartition(tenantId, userId);
        var keys = records.Select(r => IndexProjection.PersonalRowKey(kind, StorageKeys.Checked(r.AccountId), StorageKeys.Checked(r.RecordId)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var read = await Task.WhenAll(keys.Chunk(MaxKeysPerQuery).Select(async chunk =>
        {
            var entries = new List<PersonalEntry>();
            await foreach (var e in tables.Index.QueryAsync<TableEntity>(ExistingFilter(partition, chunk), select: ["AccountId", "RecordId"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                entries.Add(new PersonalEntry(kind, e.GetString("AccountId"), e.GetString("RecordId"), e.ETag.ToString()));
            }

            return entries;
        })).ConfigureAwait(false);
        return [.. read.SelectMany(r => r)];
    }

    public async Task<IReadOnlyList<PartnerShareEntry>> ListPartnerSharesAsync(string tenantId, string partnerOrganizationId, CancellationToken cancellationToken = default)
    {
        var filter = StorageKeys.Filter(StorageKeys.PartnerPartition(tenantId, partnerOrganizationId));
        var entries = new List<PartnerShareEntry>();
        await foreach (var entity in tables.Index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new PartnerShareEntry(entity.GetString("AccountId"), entity.GetString("DealId")));
        }

        return entries;
    }

    public async Task<IReadOnlyList<DueHandoffEntry>> ListDueHandoffsAsync(string tenantId, DateTimeOffset dueBefore, int take, CancellationToken cancellationToken = default)
    {
        var until = IndexProjection.DueRowKey(dueBefore, string.Empty, string.Empty);
        var filter = StorageKeys.Filter(StorageKeys.DuePartition(tenantId), "0", until);
        var entries = new List<DueHandoffEntry>();
        await foreach (var page in tables.Index.QueryAsync<TableEntity>(filter, Math.Min(take, 1000), cancellationToken: cancellationToken).AsPages().ConfigureAwait(false))
        {
            entries.AddRange(page.Values.Select(e => new DueHandoffEntry(e.GetString("AccountId"), e.GetString("RecordId"))));
            if (entries.Count >= take)
            {
                break;
            }
        }

        return entries.Take(take).ToArray();
    }

    private static RecordNameEntry RecordNameOf(TableEntity entity) =>
        new(entity.GetString("AccountId"), entity.GetString("RecordId"), entity.GetString("Name"))
        {
            Stage = Enum.TryParse<DealStage>(entity.GetString("Stage"), out var stage) ? stage : null,
            Owner = entity.GetString("OwnerId") is { } ownerId ? new PersonRef(ownerId, entity.GetString("OwnerName") ?? string.Empty) : null,
            Role = entity.GetString("Role"),
        };

    public async Task RemovePersonalAsync(string tenantId, string userId, PersonalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            await tables.Index.DeleteEntityAsync(
                StorageKeys.PersonalPartition(tenantId, userId),
                IndexProjection.PersonalRowKey(entry.Kind, entry.AccountId, entry.RecordId),
                entry.Version is null ? ETag.All : new ETag(entry.Version),
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            // Gone already, or re-added meanwhile by a newer change: both are right.
        }
    }

    /// <summary>The rows of <paramref name="partition"/> with one of the sorted <paramref name="keys"/>, bounded by the first and last so the store reads only that range.</summary>
    private static string ExistingFilter(string partition, string[] keys) =>
        $"{TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {keys[0]} and RowKey le {keys[^1]}")} and ({string.Join(" or ", keys.Select(k => TableClient.CreateQueryFilter($"RowKey eq {k}")))})";
}
