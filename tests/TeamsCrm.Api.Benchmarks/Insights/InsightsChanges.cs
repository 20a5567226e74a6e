using TeamsCrm.Analytics.Facts;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// What one deal change costs the analytics once the CRM has committed it: open deals of the large tenant each move
/// one stage forward (as <see cref="FactProjection"/> derives the rows from the record change), timed in three ways,
/// each paired with a floor read: the fact rows alone (what the index writer did before the books), the books alone
/// (<see cref="PipelineBooks.ApplyDealsAsync"/>: point reads of the contribution, the deal's row and the owner's book,
/// one transaction), and the real index writer doing both and marking the tenant due. The deals' facts are updated in
/// the list passed to <see cref="RunAsync"/> (the seeded ones, from <c>firstSeeded</c> on, change), so the summary published afterwards can be checked against the calculator.
/// </summary>
internal sealed class InsightsChanges(CrmTables tables, IIndexWriter writer, Func<Task> floorRead)
{
    public Samples FactsOnly { get; } = new("deal change: its fact rows alone, plain upserts (the index writer before the books)");

    public Samples FactsGuarded { get; } = new("deal change: its fact rows alone, the deal's row version-guarded (read, then conditional write)");

    public Samples BooksOnly { get; } = new("deal change: the books alone (contribution, deal row, owner's book, one transaction)");

    public Samples Writer { get; } = new("deal change: the index writer (fact rows + books + due mark)");

    public Samples Floor { get; } = new("floor: core range query of one account partition (raw Azure.Data.Tables)");

    public async Task RunAsync(List<DealFact> facts, int firstSeeded, int changes)
    {
        var random = new Random(15);
        var books = new PipelineBooks(tables);
        var open = Enumerable.Range(firstSeeded, facts.Count - firstSeeded).Where(i => facts[i].IsOpen).OrderBy(_ => random.Next()).Take(changes).ToList();
        for (var n = 0; n < open.Count; n++)
        {
            var (change, after) = InsightsTenant.NextStage(facts[open[n]], DateTimeOffset.UtcNow);
            var operations = FactProjection.For(tables, InsightsTenant.TenantId, change);
            await Floor.TimeAsync(floorRead);
            if (n % 2 == 0)
            {
                await Writer.TimeAsync(() => writer.ApplyAsync(operations));
            }
            else
            {
                // The same rows written both ways (the second write of one version costs what the first does), the order alternating.
                var plain = () => FactsOnly.TimeAsync(() => Task.WhenAll(operations.Select(o => tables.Facts.UpsertEntityAsync(InsightsTenant.Entity(o), TableUpdateMode.Replace))));
                var guarded = () => FactsGuarded.TimeAsync(() => Task.WhenAll(operations.Select(o => DealFactRows.IsDealRow(o.RowKey)
                    ? DealFactRows.WriteAsync(tables.Facts, InsightsTenant.Entity(o))
                    : (Task)tables.Facts.UpsertEntityAsync(InsightsTenant.Entity(o), TableUpdateMode.Replace))));
                await (n % 4 == 1 ? plain() : guarded());
                await (n % 4 == 1 ? guarded() : plain());
                await Floor.TimeAsync(floorRead);
                await BooksOnly.TimeAsync(() => books.ApplyDealsAsync(InsightsTenant.TenantId, [new DealToApply(after.AccountId, after.Id, [after.StageHistory[^1]])]));
            }

            facts[open[n]] = after;
        }
    }
}
