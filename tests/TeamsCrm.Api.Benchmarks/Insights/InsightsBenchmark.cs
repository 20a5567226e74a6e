using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// <c>bash scripts/benchmark-api.sh --mode insights</c>: the pipeline figures of a 10,000-account, 100,000-deal tenant
/// (<see cref="InsightsTenant"/>) against reading one account partition. The real app (Release) runs as a child process
/// on loopback as in the account benchmark; the large tenant's facts are seeded into the same Azurite and its summary
/// written by the real <see cref="SummaryRefresher"/>; then each <see cref="InsightsRows"/> row and the floor (the core
/// range query of a demo account's partition) are timed in interleaved pairs. Budget: each row's median ≤ 3 × the
/// floor's. Options: --samples 1000 --warmup 200 --accounts 10000 --deals 100000 --owners 50 --seed-facts 1 (0: no
/// fact rows; the summary is computed from the generated deals and written by the store) --changes 400 (deal changes
/// timed through the index writer and the books, <see cref="InsightsChanges"/>, before the summary is published again).
/// </summary>
internal static class InsightsBenchmark
{
    private const double Budget = 3.0;

    /// <summary>
    /// With the facts seeded, the app's own summary and customer rounds (every 30 s by default) are put off for the run:
    /// the harness publishes the summary itself with the real refresher. In-memory Azurite answers every range query by
    /// filtering the whole table (its Loki store has no partition index), so the app's rounds over a 500,000-row facts
    /// table kept the emulator busy for minutes at a time and every timed read queued behind them — a cost of the
    /// emulator, not of Table Storage, where a partition range is served from the key index.
    /// </summary>
    private static readonly Dictionary<string, string> QuietRounds = new() { ["Storage__SummaryRefreshInterval"] = "01:00:00" };

    public static async Task<int> RunAsync(Func<string, int, int> option)
    {
        var (samples, warmup) = (option("--samples", 1000), option("--warmup", 200));
        var storage = TestStorage.ConnectionString;
        var tablePrefix = "Ins" + Guid.NewGuid().ToString("N")[..8];
        var loadAtStart = Load();
        var seedFacts = option("--seed-facts", 1) == 1;
        await using var running = await BenchmarkApp.StartAsync(storage, tablePrefix, seedFacts ? QuietRounds : null);
        var app = running.App;
        var floor = PartitionFloor.Create(storage, tablePrefix, DemoPeople.TenantId);
        var demoAccounts = await floor.DemoAccountsAsync(app);
        await using var services = Services(storage, tablePrefix);

        var tables = services.GetRequiredService<CrmTables>();
        // With the app's rounds put off, the harness runs the demo tenant's due rounds itself (the same refreshers).
        async Task RefreshDueAsync()
        {
            await services.GetRequiredService<SummaryRefresher>().RefreshDueAsync();
            await services.GetRequiredService<CustomerSummaryRefresher>().RefreshDueAsync();
        }

        await InsightsTenant.WaitUntilSettledAsync(tables, services.GetRequiredService<IProductCatalogStore>(), seedFacts ? RefreshDueAsync : null);
        var clock = Stopwatch.StartNew();
        var synthetic = InsightsTenant.Generate(option("--accounts", 10_000), option("--deals", 100_000), option("--owners", 50));
        var generated = clock.Elapsed;
        Console.Error.WriteLine($"Generated {synthetic.Deals.Count} deals in {generated.TotalSeconds:F1} s; seeding their facts …");
        var store = new TableAnalyticsStore(tables, services.GetRequiredService<IProductCatalogStore>());
        var facts = new List<DealFact>(await store.ReadDealFactsAsync(InsightsTenant.TenantId));
        var demoDeals = facts.Count;
        if (seedFacts)
        {
            // The facts as the projection writes them, and the books built from the same rows (no read-back).
            facts.AddRange(await InsightsTenant.SeedAsync(tables, synthetic.Deals));
        }

        var seeded = clock.Elapsed - generated;
        Console.Error.WriteLine($"Seeded {(seedFacts ? facts.Count - demoDeals : 0)} deals' fact rows and books in {seeded.TotalSeconds:F1} s; the summary …");
        var refresher = services.GetRequiredService<SummaryRefresher>();
        if (seedFacts)
        {
            // The real refresher: the owners' books (one range) and each owner's slipped range; no fact row is read.
            await refresher.RefreshAsync(InsightsTenant.TenantId);
        }
        else
        {
            // --seed-facts 0: the summary computed from the generated deals in memory and written by the store.
            facts.AddRange(synthetic.Deals);
            await store.WriteSummaryAsync(InsightsTenant.TenantId, PipelineSummary.From(facts, DateTimeOffset.UtcNow));
        }

        var refreshed = clock.Elapsed - generated - seeded;
        var customers = await InsightsCustomers.SeedAsync(services, synthetic, DateTimeOffset.UtcNow);
        var customersSeeded = clock.Elapsed - generated - seeded - refreshed;

        var changes = new InsightsChanges(tables, services.GetRequiredService<IIndexWriter>(), () => floor.ReadAsync(demoAccounts[Random.Shared.Next(demoAccounts.Count)]));
        var republished = TimeSpan.Zero;
        if (seedFacts)
        {
            Console.Error.WriteLine("Changing deals one at a time …");
            await changes.RunAsync(facts, demoDeals, option("--changes", 400));
            var publishing = Stopwatch.StartNew();
            await refresher.RefreshAsync(InsightsTenant.TenantId);
            republished = publishing.Elapsed;
        }

        var (bytes, parts) = await SummarySizeAsync(tables);
        // The stored summary, restored as a reader gets it, against the calculator over the deals' facts after the changes.
        var summary = (await store.ReadSummaryAsync(InsightsTenant.TenantId))!;
        var same = SameAsCalculator(summary, facts);

        using var member = new ApiReader(app.BaseAddress, running.TokenOf(InsightsTenant.TenantId, DemoPeople.Megan.AadObjectId));
        using var tab = await TabPageReader.SignInAsync(app.BaseAddress, running.TokenOf(InsightsTenant.TenantId, DemoPeople.Megan.AadObjectId));
        using var bot = new BotMessageSender(running, DemoPeople.Megan);
        var context = new InsightsContext(app, member, services, synthetic.OwnerIds[0]) { Tab = tab, Bot = bot };
        var measured = InsightsRows.All(context);
        var floorSamples = new Samples("floor: core range query of one account partition (raw Azure.Data.Tables)");

        async Task PairAsync(InsightsRow row, Samples rowSamples, Samples floorRow, int n)
        {
            var id = demoAccounts[Random.Shared.Next(demoAccounts.Count)];
            if (n % 2 == 0)
            {
                await rowSamples.TimeAsync(row.Operation);
                await floorRow.TimeAsync(() => floor.ReadAsync(id));
            }
            else
            {
                await floorRow.TimeAsync(() => floor.ReadAsync(id));
                await rowSamples.TimeAsync(row.Operation);
            }
        }

        Console.Error.WriteLine($"Warming up: {warmup} rounds …");
        for (var n = 0; n < warmup; n++)
        {
            foreach (var row in measured)
            {
                await PairAsync(row, new Samples("warm-up"), new Samples("warm-up"), n);
            }
        }

        Console.Error.WriteLine($"Measuring: {samples} rounds of {measured.Count} pairs …");
        for (var n = 0; n < samples; n++)
        {
            foreach (var row in measured)
            {
                await PairAsync(row, row.Samples, floorSamples, n);
            }
        }

        Report(measured, floorSamples, loadAtStart, facts.Count, synthetic.Accounts.Count, synthetic.OwnerIds.Count);
        if (seedFacts)
        {
            ReportChanges(changes);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- Large tenant: generated in {generated.TotalSeconds:F1} s; {(seedFacts ? "fact rows and books seeded" : "nothing seeded")} in {seeded.TotalSeconds:F1} s; the summary {(seedFacts ? "published by the refresher from the books" : "computed from the generated deals and written by the store")} in {refreshed.TotalSeconds:F1} s{(seedFacts ? string.Create(CultureInfo.InvariantCulture, $", and again after {changes.Writer.Count + changes.BooksOnly.Count} deal changes in {republished.TotalSeconds:F2} s") : string.Empty)}."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- Summary: {bytes:N0} characters of JSON in {parts} parts (+ header) in one partition; {summary.Owners.Count} owners, {summary.Owners.Sum(o => o.Open.Count + o.Scheduled.Count + o.Closed.Count + o.Cohort.Count + o.Stays.Count):N0} totals, {summary.Slipped.Owners.Sum(o => o.Largest.Count + o.Upcoming.Count):N0} slipped-deal rows; every figure equal to the calculator's over the {facts.Count:N0} stored deal facts (tenant, current quarter and last 12 months): {(same ? "yes" : "NO")}."));
        var mine = customers.Calls.FirstOrDefault(c => c.OwnerId == DemoPeople.Megan.AadObjectId)?.Deals.Count ?? 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- Customer documents (computed from the {synthetic.Accounts.Count:N0} generated accounts, {synthetic.Interactions.Count:N0} interactions and the deals, written by the store) in {customersSeeded.TotalSeconds:F1} s: {customers.Summary.Accounts.Count:N0} accounts' totals; {customers.AtRisk.CustomersAssessed:N0} customers scored, {customers.AtRisk.Candidates.Count} kept as possibly at risk in the next {AtRiskSnapshot.WindowDays} days; call-list candidates for {customers.Calls.Count} owners, {mine} kept for the member."));
        return same ? 0 : 1;
    }

    private static void Report(IReadOnlyList<InsightsRow> measured, Samples floor, string loadAtStart, int deals, int accounts, int owners)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, load average {loadAtStart} at start, {Load()} at the end; a tenant of {accounts:N0} accounts, {deals:N0} deals, {owners} owners; one request at a time, each row paired with a floor read, interleaved."));
        Console.WriteLine();
        Console.WriteLine("| operation | samples | median ms | p95 ms | p99 ms | median / floor |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in measured.Select(r => r.Samples).Append(floor))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Row()} {row.Percentile(0.5) / floor.Percentile(0.5):F2}× |"));
        }

        Console.WriteLine();
        foreach (var row in measured.Where(r => r.HasBudget))
        {
            var ratio = row.Samples.Percentile(0.5) / floor.Percentile(0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- {row.Name}: **{ratio:F2}×** the floor at the median (budget {Budget:F1}×: {(ratio <= Budget ? "met" : "NOT met")}), {row.Samples.Percentile(0.99) / floor.Percentile(0.99):F2}× at p99."));
        }
    }

    private static void ReportChanges(InsightsChanges changes)
    {
        Console.WriteLine();
        Console.WriteLine("| per deal change | samples | median ms | p95 ms | p99 ms | median / floor |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in new[] { changes.FactsOnly, changes.FactsGuarded, changes.BooksOnly, changes.Writer, changes.Floor })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Row()} {row.Percentile(0.5) / changes.Floor.Percentile(0.5):F2}× |"));
        }

        Console.WriteLine();
    }

    private static ServiceProvider Services(string storage, string tablePrefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = tablePrefix,
        }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCrmStorage().AddCrmAnalytics().BuildServiceProvider();
    }

    private static async Task<(long Characters, int Parts)> SummarySizeAsync(CrmTables tables)
    {
        var (characters, parts) = (0L, 0);
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(StorageKeys.Filter(StorageKeys.SummaryPartition(InsightsTenant.TenantId))))
        {
            if (row.GetString("Json") is { } json)
            {
                (characters, parts) = (characters + json.Length, parts + 1);
            }
        }

        return (characters, parts);
    }

    private static bool SameAsCalculator(PipelineSummary summary, IReadOnlyList<DealFact> deals)
    {
        var today = AnalyticsPeriod.UtcDay(summary.ComputedAt);
        var quarter = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        var month = new DateOnly(today.Year, today.Month, 1);
        return new[] { new AnalyticsPeriod(quarter, quarter.AddMonths(3)), new AnalyticsPeriod(month.AddMonths(-12), month.AddMonths(1)) }.All(period =>
            PipelineCalculator.Figures(deals, AnalyticsScope.Tenant, period, today).ToString() == summary.Figures(AnalyticsScope.Tenant, period, today)!.ToString());
    }

    private static string Load()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
