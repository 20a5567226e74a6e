using System.Globalization;
using System.Text.Json;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Interactions;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The interaction facts (written by <see cref="InteractionFactProjection"/> through the outbox), the customer summary
/// (partition "{tenant}|customers", a <see cref="JsonParts"/> document), every owner's call-list candidates
/// (partition "{tenant}|calls", one row per owner, its JSON cut to what fits one property, kept parsed while the row's
/// ETag is unchanged) and the customers at risk
/// (partition "{tenant}|atrisk", a <see cref="JsonParts"/> document kept parsed while its header is unchanged) in the
/// "Facts" table. The summary is written last: its header says the documents are there. Then the tenant's
/// <see cref="AnalyticsVersions"/> is raised; while it is unchanged, the kept candidates and at-risk snapshot answer
/// without their own reads.
/// </summary>
public sealed class TableCustomerFactsStore(CrmTables tables, AnalyticsVersions versions) : ICustomerFactsStore
{
    private const int MaxRowJson = 30_000;

    private readonly KeptDocuments<AtRiskSnapshot> _atRisk = new();

    private readonly KeptRows<OwnerCallCandidates> _calls = new();

    /// <summary>A store with its own tenant versions (tests, tools); the app shares one <see cref="AnalyticsVersions"/>.</summary>
    public TableCustomerFactsStore(CrmTables tables)
        : this(tables, new AnalyticsVersions(tables))
    {
    }

    public Task<IReadOnlyList<InteractionFact>> ReadInteractionFactsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadInteractionsAsync(tenantId, InteractionFactProjection.InteractionPrefix, cancellationToken);

    public Task<IReadOnlyList<InteractionFact>> ReadAccountInteractionFactsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default) =>
        ReadInteractionsAsync(tenantId, InteractionFactProjection.AccountPrefix(accountId), cancellationToken);

    public async Task<CustomerSummary?> ReadCustomerSummaryAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await JsonParts.ReadAsync(tables.Facts, CustomersPartition(tenantId), cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<CustomerSummary>(json)
            : null;

    public async Task<OwnerCallCandidates?> ReadCallCandidatesAsync(string tenantId, string ownerId, CancellationToken cancellationToken = default)
    {
        if (await _calls.ReadAsync(tables.Facts, CallsPartition(tenantId), StorageKeys.Checked(ownerId), "Json", ct => versions.CurrentAsync(tenantId, ct), cancellationToken).ConfigureAwait(false) is { } kept)
        {
            return kept;
        }

        // No row: someone who owned no deal at the last refresh has nothing to call; before the first refresh, null.
        var computedAt = await JsonParts.ComputedAtAsync(tables.Facts, CustomersPartition(tenantId), cancellationToken).ConfigureAwait(false);
        return computedAt is { } at ? new OwnerCallCandidates(ownerId, at, []) : null;
    }

    public Task<AtRiskSnapshot?> ReadAtRiskAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _atRisk.ReadAsync(tables.Facts, AtRiskPartition(tenantId), ct => versions.CurrentAsync(tenantId, ct), cancellationToken);

    public async Task WriteCustomerDocumentsAsync(string tenantId, CustomerDocuments documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (summary, calls) = (documents.Summary, documents.Calls);
        var partition = CallsPartition(tenantId);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(partition), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            existing.Add(row.RowKey);
        }

        var upserts = calls.Select(c => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, StorageKeys.Checked(c.OwnerId)) { ["Json"] = Fitting(c) }));
        var deletes = existing.Except(calls.Select(c => c.OwnerId), StringComparer.Ordinal)
            .Select(owner => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, owner), ETag.All));
        await JsonParts.SubmitAsync(tables.Facts, upserts.Concat(deletes), cancellationToken).ConfigureAwait(false);
        await JsonParts.WriteAsync(tables.Facts, AtRiskPartition(tenantId), JsonSerializer.Serialize(documents.AtRisk), summary.ComputedAt, cancellationToken).ConfigureAwait(false);
        await JsonParts.WriteAsync(tables.Facts, CustomersPartition(tenantId), JsonSerializer.Serialize(summary), summary.ComputedAt, cancellationToken).ConfigureAwait(false);
        await versions.RaiseAsync(tenantId, cancellationToken).ConfigureAwait(false);
    }

    internal static string CustomersPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|customers";

    internal static string AtRiskPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|atrisk";

    internal static string CallsPartition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|calls";

    /// <summary>The candidates' JSON, the lowest priorities left out until it fits one property.</summary>
    private static string Fitting(OwnerCallCandidates calls)
    {
        var json = JsonSerializer.Serialize(calls);
        for (var keep = calls.Deals.Count - 1; json.Length > MaxRowJson && keep >= 0; keep--)
        {
            json = JsonSerializer.Serialize(calls with { Deals = [.. calls.Deals.Take(keep)] });
        }

        return json;
    }

    private async Task<IReadOnlyList<InteractionFact>> ReadInteractionsAsync(string tenantId, string prefix, CancellationToken cancellationToken)
    {
        var interactions = new List<InteractionFact>();
        var filter = StorageKeys.Filter(StorageKeys.FactsPartition(tenantId), prefix, StorageKeys.PrefixEnd(prefix));
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            interactions.Add(new InteractionFact
            {
                AccountId = row.GetString("AccountId"),
                ContactId = row.GetString("ContactId") is { Length: > 0 } contact ? contact : null,
                Channel = Enum.Parse<InteractionChannel>(row.GetString("Channel")),
                Direction = Enum.Parse<InteractionDirection>(row.GetString("Direction")),
                OccurredAt = DateTimeOffset.Parse(row.GetString("OccurredAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                ProductIds = row.GetString("Products") is { Length: > 0 } products ? products.Split(',') : [],
            });
        }

        return interactions;
    }
}
