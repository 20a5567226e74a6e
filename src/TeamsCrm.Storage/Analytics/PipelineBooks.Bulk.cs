using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Storage.Analytics;

public sealed partial class PipelineBooks
{
    private const int MaxActions = 100;
    private const int MaxBooksPerTransaction = 4;

    /// <summary>
    /// The repair path (first build, a new <see cref="Shape"/>, an administrator's request): reads every contribution,
    /// then every deal fact row of the tenant, applies the differences owner by owner in transactions of up to 100
    /// rows, and marks the books built. Safe beside the per-change path (the same ETag rules; a batch that meets a
    /// concurrent change is applied deal by deal) and after a crash (run it again: what is applied already is equal).
    /// Returns the number of deals whose contribution changed.
    /// </summary>
    public async Task<int> RebuildAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var contributions = new Dictionary<(string, string), (DealFact? Fact, ETag Version)>();
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(Partition(tenantId), BookRows.ContributionPrefix, StorageKeys.PrefixEnd(BookRows.ContributionPrefix)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var keys = row.RowKey.Split('|');
            contributions[(keys[1], keys[2])] = (BookRows.ToContribution(row).Contributed, row.ETag);
        }

        var rows = new List<TableEntity>();
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(StorageKeys.FactsPartition(tenantId), FactProjection.DealPrefix, StorageKeys.PrefixEnd(FactProjection.DealPrefix)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return await ApplyAllAsync(tenantId, FactRows.JoinDeals(rows, FactRows.NoCatalog).ToList(), contributions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the deals of these fact rows (as <see cref="FactProjection"/> writes them; written next to it, e.g. by a
    /// benchmark's seeding) to books that hold none of them yet, without reading the facts back, and marks the books
    /// built. Returns the deals as a reader of those rows gets them.
    /// </summary>
    public async Task<IReadOnlyList<DealFact>> SeedAsync(string tenantId, IEnumerable<TableEntity> factRows, CancellationToken cancellationToken = default)
    {
        var deals = FactRows.JoinDeals(factRows, FactRows.NoCatalog).ToList();
        await ApplyAllAsync(tenantId, deals, [], cancellationToken).ConfigureAwait(false);
        return [.. deals.Select(d => d.Fact)];
    }

    private async Task<int> ApplyAllAsync(
        string tenantId,
        IReadOnlyList<(DealFact Fact, string Version)> current,
        Dictionary<(string, string), (DealFact? Fact, ETag Version)> contributions,
        CancellationToken cancellationToken)
    {
        var changes = current
            .Select(c => new DealContribution(c.Fact.AccountId, c.Fact.Id, contributions.GetValueOrDefault((c.Fact.AccountId, c.Fact.Id)).Fact, Version(contributions, c.Fact), c.Fact, c.Version))
            .ToList();
        var present = current.Select(c => (c.Fact.AccountId, c.Fact.Id)).ToHashSet();
        changes.AddRange(contributions.Where(c => !present.Contains(c.Key)).Select(c => new DealContribution(c.Key.Item1, c.Key.Item2, c.Value.Fact, c.Value.Version, null, "deleted")));
        var pending = changes.Where(c => !c.IsNone).ToList();

        // Owner by owner (different owners' batches touch different books, so they run side by side).
        var groups = pending.GroupBy(c => (c.New ?? c.Old)!.OwnerId, StringComparer.Ordinal).ToList();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (group, token) =>
        {
            foreach (var batch in Batches(group))
            {
                try
                {
                    await CommitAsync(tenantId, batch, token).ConfigureAwait(false);
                }
                catch (TableTransactionFailedException ex) when (IsConflict(ex.Status))
                {
                    // A concurrent change met this batch: each of its deals from fresh reads.
                    await ApplyDealsAsync(tenantId, batch.Select(c => new DealToApply(c.AccountId, c.DealId, c.New?.StageHistory ?? [])), token).ConfigureAwait(false);
                }
            }
        }).ConfigureAwait(false);
        await tables.Facts.UpsertEntityAsync(new TableEntity(Partition(tenantId), BookRows.BuiltKey) { ["Shape"] = Shape }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return pending.Count;
    }

    private static ETag? Version(Dictionary<(string, string), (DealFact? Fact, ETag Version)> contributions, DealFact deal) =>
        contributions.TryGetValue((deal.AccountId, deal.Id), out var stored) ? stored.Version : null;

    /// <summary>Batches of changes whose rows and books fit one transaction (100 actions, a few books).</summary>
    private static IEnumerable<List<DealContribution>> Batches(IEnumerable<DealContribution> changes)
    {
        var batch = new List<DealContribution>();
        var owners = new HashSet<string>(StringComparer.Ordinal);
        var actions = 0;
        foreach (var change in changes)
        {
            var added = change.Owners.Where(o => !owners.Contains(o)).ToList();
            if (batch.Count > 0 && (actions + change.ActionCount + added.Count > MaxActions || owners.Count + added.Count > MaxBooksPerTransaction))
            {
                yield return batch;
                (batch, actions) = ([], 0);
                owners.Clear();
                added = [.. change.Owners];
            }

            batch.Add(change);
            owners.UnionWith(added);
            actions += change.ActionCount + added.Count;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
