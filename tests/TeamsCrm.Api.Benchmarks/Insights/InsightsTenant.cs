using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// The large tenant of the insights benchmark: 10,000 accounts and 100,000 deals from the synthetic generator (a year
/// of history up to today; won, lost and open deals with stage histories), written straight into the facts partition
/// as <see cref="FactProjection"/> writes them — each deal's creation and every stage change run through the
/// projection, the rows committed 100 to a transaction. Only facts: the deals' account partitions are not written (the
/// insights never read them; the floor reads a demo account's partition). They join the demo tenant's own few deals.
/// </summary>
internal static class InsightsTenant
{
    /// <summary>The demo tenant, grown: its directory knows the members (the app treats anyone it does not know as a guest).</summary>
    public const string TenantId = DemoPeople.TenantId;

    /// <summary>The generated tenant, its first owner's deals given to Megan, the member the rows ask as (so her own figures are one owner's share).</summary>
    public static SyntheticTenant Generate(int accounts, int deals, int owners)
    {
        var tenant = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions
        {
            Accounts = accounts,
            Deals = deals,
            Owners = owners,
            Seed = 15,
            Start = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-365),
        });
        var (first, megan) = (tenant.OwnerIds[0], DemoPeople.Megan.AadObjectId);
        return tenant with
        {
            Deals = [.. tenant.Deals.Select(d => d.OwnerId == first ? d with { OwnerId = megan } : d)],
            OwnerIds = [megan, .. tenant.OwnerIds.Skip(1)],
        };
    }

    /// <summary>
    /// Waits until the app's demo history is written (its catalog comes last) and no summary is due, so the app's own
    /// refresher has nothing to recompute while the benchmark measures (the seeded rows bypass the outbox: no due mark).
    /// </summary>
    public static async Task WaitUntilSettledAsync(CrmTables tables, IProductCatalogStore catalog, Func<Task>? refreshDue = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            // refreshDue: the due rounds run by the harness when the app's own are put off.
            if (refreshDue is not null)
            {
                await refreshDue();
            }

            if (await SettledAsync(tables, catalog))
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The demo history or its summary did not settle within 3 minutes.");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    // "~due-customers": the customer documents' marks (SummaryMarks.CustomersPartition, internal to the storage).
    private static async Task<bool> SettledAsync(CrmTables tables, IProductCatalogStore catalog) =>
        (await catalog.ListAsync(TenantId)).Count > 0
        && (await SummaryMarks.ListDueAsync(tables, CancellationToken.None)).Count == 0
        && (await SummaryMarks.ListDueAsync(tables, "~due-customers", CancellationToken.None)).Count == 0;

    /// <summary>
    /// Writes the deals' fact rows (transactions of 100, 8 at a time) and builds the pipeline books from the same rows
    /// (<see cref="PipelineBooks.SeedAsync"/>: per owner, transactions of up to 100 rows); the deals as the rows hold them.
    /// </summary>
    public static async Task<IReadOnlyList<DealFact>> SeedAsync(CrmTables tables, IReadOnlyList<DealFact> deals)
    {
        var entities = deals.SelectMany(d => Rows(tables, d)).Select(Entity).ToList();
        var written = 0;
        await Parallel.ForEachAsync(entities.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chunk, cancellationToken) =>
        {
            await tables.Facts.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
            if (Interlocked.Add(ref written, chunk.Length) % 50_000 < chunk.Length)
            {
                Console.Error.WriteLine($"  {written:N0} of {entities.Count:N0} fact rows …");
            }
        });
        Console.Error.WriteLine($"  {entities.Count:N0} fact rows written; the books …");
        return await new PipelineBooks(tables).SeedAsync(TenantId, entities);
    }

    /// <summary>A deal's next step (one stage forward; from Negotiation it is won) as the record change the CRM would commit, and the fact after it.</summary>
    public static (RecordChange Change, DealFact After) NextStage(DealFact fact, DateTimeOffset at)
    {
        var stage = fact.Stage == DealStage.Negotiation ? DealStage.Won : fact.Stage + 1;
        var before = Record(fact, new StageChange(fact.Stage, fact.StageHistory.Count > 0 ? fact.StageHistory[^1].EnteredAt : fact.CreatedAt));
        // A change is never older than the deal's last one (its version, UpdatedAt, only grows), but the generated history
        // of an open deal can reach a few weeks past today: such a deal moves on just after its last stage.
        at = at > before.UpdatedAt ? at : before.UpdatedAt.AddMilliseconds(1);
        var after = Record(fact with { Probability = null }, new StageChange(stage, at));
        var afterFact = fact with
        {
            Stage = stage,
            Probability = after.Probability,
            ClosedAt = after.ClosedAt,
            StageHistory = [.. fact.StageHistory, new StageChange(stage, at)],
        };
        return (new RecordChange(before, after), afterFact);
    }

    /// <summary>The projection's rows for the deal's life: created in its first stage, then each stage change (the last write of a row wins).</summary>
    private static IEnumerable<IndexOperation> Rows(CrmTables tables, DealFact fact)
    {
        var rows = new Dictionary<(string, string), IndexOperation>();
        Deal? before = null;
        foreach (var change in fact.StageHistory.Count > 0 ? fact.StageHistory : [new StageChange(fact.Stage, fact.CreatedAt)])
        {
            var after = Record(fact, change);
            foreach (var operation in FactProjection.For(tables, TenantId, new RecordChange(before, after)))
            {
                rows[(operation.PartitionKey, operation.RowKey)] = operation;
            }

            before = after;
        }

        return rows.Values.Where(r => r.Properties is not null);
    }

    /// <summary>The generated deal's title (the facts carry none).</summary>
    public static string Title(DealFact fact) => $"Deal {fact.Id}";

    /// <summary>The deal record as it was after <paramref name="change"/>.</summary>
    public static Deal Record(DealFact fact, StageChange change) => new()
    {
        Id = fact.Id,
        AccountId = fact.AccountId,
        Title = Title(fact),
        Stage = change.Stage,
        Amount = fact.Amount,
        Currency = fact.Currency,
        Probability = fact.Probability ?? DealStages.DefaultProbability(change.Stage),
        ExpectedCloseDate = fact.ExpectedCloseDate,
        Owner = new PersonRef(fact.OwnerId, fact.OwnerId),
        CreatedAt = fact.CreatedAt,
        UpdatedAt = change.EnteredAt,
        ClosedAt = DealStages.IsOpen(change.Stage) ? null : fact.ClosedAt ?? change.EnteredAt,
    };

    /// <summary>The row an upsert operation writes.</summary>
    public static TableEntity Entity(IndexOperation operation)
    {
        var entity = new TableEntity(operation.PartitionKey, operation.RowKey);
        foreach (var (name, value) in operation.Properties!)
        {
            entity[name] = value;
        }

        return entity;
    }
}
