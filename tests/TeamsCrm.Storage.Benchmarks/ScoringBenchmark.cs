using TeamsCrm.Analytics.Money;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;

namespace TeamsCrm.Storage.Benchmarks;

/// <summary>
/// Scoring one deal with the model loaded (`bash scripts/benchmark.sh --scoring`; no storage): the synthetic tenant's
/// model is trained, exported and imported as a stored model would be, then each open deal is scored from its account's
/// facts — the explained score (one prediction per factor) and the chance alone (one prediction) — in µs; also the
/// training and the loading of the stored model, in ms.
/// </summary>
internal static class ScoringBenchmark
{
    private const int Rounds = 20;

    public static void Run()
    {
        var tenant = SyntheticTenantGenerator.Generate();
        var rates = new ExchangeRates("EUR", new Dictionary<string, decimal> { ["USD"] = 1 / 1.1m, ["CHF"] = 1 / 1.05m });
        var trainStart = Stopwatch.GetTimestamp();
        var trained = DealScorer.Train(tenant.AccountFacts, tenant.Deals, tenant.Interactions, tenant.AsOf, rates);
        var trainMs = Stopwatch.GetElapsedTime(trainStart).TotalMilliseconds;
        var stored = trained.Export();
        var loadStart = Stopwatch.GetTimestamp();
        var scorer = DealScorer.Import(stored, rates);
        var loadMs = Stopwatch.GetElapsedTime(loadStart).TotalMilliseconds;
        var accounts = tenant.AccountFacts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var touches = tenant.Interactions.ToLookup(i => i.AccountId, StringComparer.Ordinal);
        var open = tenant.Deals.Where(d => d.IsOpen).ToList();
        var explained = new List<double>();
        var chance = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var deal in open)
            {
                var start = Stopwatch.GetTimestamp();
                scorer.Score(deal, accounts[deal.AccountId], touches[deal.AccountId], tenant.AsOf);
                var middle = Stopwatch.GetTimestamp();
                scorer.Probability(deal, accounts[deal.AccountId], touches[deal.AccountId], tenant.AsOf);
                var end = Stopwatch.GetTimestamp();
                if (round > 0)
                {
                    explained.Add(Stopwatch.GetElapsedTime(start, middle).TotalMicroseconds);
                    chance.Add(Stopwatch.GetElapsedTime(middle, end).TotalMicroseconds);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Model: {scorer.Quality.ClosedDeals} closed deals, AUC {scorer.Quality.Auc:F3}; stored model {stored.Model!.Length:N0} bytes."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training (held-out measurement + final model): {trainMs:F0} ms; loading the stored model: {loadMs:F1} ms."));
        Console.WriteLine();
        Console.WriteLine("| operation (one deal, model loaded) | median µs | p95 µs | samples |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine(Row("explained score (chance + top factors)", explained));
        Console.WriteLine(Row("chance to win only (call-list ranking)", chance));
    }

    private static string Row(string name, List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {sorted[sorted.Length / 2]:F0} | {sorted[(int)(sorted.Length * 0.95)]:F0} | {sorted.Length} |");
    }
}
