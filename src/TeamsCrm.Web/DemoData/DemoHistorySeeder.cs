using System.Runtime.CompilerServices;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Analytics;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// Gives the demo tenant a product catalog and a year of closed history for the analytics: deals won and lost with line
/// items and product-tagged interactions, from the synthetic tenant generator (deterministic: the same seed, the same
/// history, with its planted patterns — Manufacturing buys Sensor Pro, a recent meeting helps winning). Each deal comes
/// with the stages it went through (<see cref="DemoStagePath"/>) as audit entries and stage rows, so days in each stage
/// and stage conversion have data. The history ends a month ago and holds no open deal, so today's lists and cards stay as
/// the demo companies have them. Ids are fixed (<see cref="DemoAccountIds"/>), so a second seeder's transactions fail
/// whole and change nothing; the catalog is written last and, once there, says the history is done.
/// </summary>
public sealed partial class DemoHistorySeeder(
    IAccountStore store, IProductCatalogStore catalog, StageHistoryWriter stageHistory, SummaryRefresher summaries, TimeProvider time, ILogger<DemoHistorySeeder> logger)
{
    public const int Seed = 15;
    public const int DealsPerCompany = 8;

    /// <summary>
    /// Records per transaction. Not the 100 a transaction holds: the commit's outbox entry lists every index and fact row
    /// the records call for (a deal's name keys alone take about 8.7 KB), and the entry must stay under an entity's 1 MB.
    /// </summary>
    private const int EntitiesPerCommit = 25;

    /// <summary>Accounts seeded in parallel (each is its own partition; their commits do not meet).</summary>
    private const int AccountsAtOnce = 4;

    /// <summary>Seeds the history unless the catalog exists; the number of deals written (0 when it was there).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        if ((await catalog.ListAsync(DemoTenant.TenantId, cancellationToken)).Count > 0)
        {
            return 0;
        }

        var started = time.GetTimestamp();
        var today = time.GetUtcNow().UtcDateTime.Date;
        var tenant = SyntheticTenantGenerator.Generate(new SyntheticTenantOptions
        {
            Seed = Seed,
            Accounts = DemoCatalog.Companies.Count,
            Deals = DemoCatalog.Companies.Count * DealsPerCompany,
            Owners = DemoTenant.Members.Count,
            Start = new DateTimeOffset(today.AddDays(-395), TimeSpan.Zero),
        });
        var products = tenant.Catalog.ToDictionary(p => p.Id, p => ProductOf(p, time.GetUtcNow()), StringComparer.Ordinal);
        var deals = 0;
        var commits = new StrongBox<int>();
        var owners = tenant.OwnerIds.Select((id, n) => (id, n)).ToDictionary(o => o.id, o => DemoTenant.Members[o.n], StringComparer.Ordinal);
        await Parallel.ForEachAsync(Enumerable.Range(0, tenant.Accounts.Count), new ParallelOptions { MaxDegreeOfParallelism = AccountsAtOnce, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var accountId = DemoAccountIds.For(DemoTenant.TenantId, i, DemoCatalog.Companies[i].Name);
            var syntheticId = tenant.Accounts[i].Fact.Id;
            var history = tenant.Deals
                .Select((fact, n) => (Fact: fact, Number: n))
                .Where(d => d.Fact.AccountId == syntheticId && d.Fact.IsClosed)
                .Select(d => new HistoryDeal(DealOf(d.Fact, accountId, products, owners), DemoStagePath.For(d.Fact, new Random((Seed * 100_003) + d.Number))))
                .ToList();
            Interlocked.Add(ref deals, history.Count);
            var owner = DemoTenant.Members[i % DemoTenant.Members.Count].AsPerson();
            await CommitAsync(accountId, [.. tenant.Interactions.Where(t => t.AccountId == syntheticId).Select((t, n) => InteractionOf(t, accountId, n, owner, products))], commits, token);
            await SeedDealsAsync(accountId, history, commits, token);
        });

        // The stage rows were written around the outbox (the projection saw one insert per deal): recompute the summary once.
        await summaries.RebuildAsync(DemoTenant.TenantId, cancellationToken);
        foreach (var product in products.Values)
        {
            try
            {
                await catalog.SaveAsync(DemoTenant.TenantId, product, null, cancellationToken);
            }
            catch (ConcurrencyException)
            {
                // Another seeder wrote it a moment ago (the same id).
            }
        }

        var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
        LogSeeded(deals, products.Count, commits.Value, milliseconds);
        return deals;
    }

    private async Task CommitAsync(string accountId, IReadOnlyList<object> records, StrongBox<int> commits, CancellationToken cancellationToken)
    {
        foreach (var chunk in records.Chunk(EntitiesPerCommit))
        {
            var changes = new ChangeSet();
            foreach (var record in chunk)
            {
                changes.Insert(record);
            }

            await CommitIfFirstAsync(accountId, changes, commits, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 8654, Level = LogLevel.Information, Message = "Seeded the demo history: {Deals} closed deals and a catalog of {Products} products in {Commits} commits, {Milliseconds} ms.")]
    private partial void LogSeeded(int deals, int products, int commits, long milliseconds);
}
