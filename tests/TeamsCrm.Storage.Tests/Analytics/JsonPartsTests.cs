using TeamsCrm.Storage.Analytics;
using static TeamsCrm.Storage.Tests.Analytics.FactsDocuments;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// <see cref="JsonParts"/> against Azurite: writers publishing at once leave no generation behind that no header names,
/// and a reader during writes always gets one whole document.
/// </summary>
public sealed class JsonPartsTests
{
    [Fact]
    public async Task WriteAsync_TwoWritersAtOnce_OnlyTheNamedGenerationRemainsAndItIsWhole()
    {
        var facts = await NewFactsAsync();
        await WriteAsync(facts, "p|race", Document('0', 2));
        for (var round = 1; round <= 6; round++)
        {
            var a = Document((char)('a' + round), 3);
            var b = Document((char)('A' + round), 2);

            await Task.WhenAll(
                Task.Run(() => WriteAsync(facts, "p|race", a)),
                Task.Run(() => WriteAsync(facts, "p|race", b)));
            var (generations, parts) = await GenerationsAsync(facts, "p|race");
            var stored = await JsonParts.ReadAsync(facts, "p|race", CancellationToken.None);

            Assert.Single(generations);
            Assert.Equal(stored == a ? 3 : 2, parts);
            Assert.Contains(stored, new[] { a, b });
        }
    }

    [Fact]
    public async Task ReadAsync_WhileTwoWritersPublish_AlwaysOneWholeDocument()
    {
        var facts = await NewFactsAsync();
        var written = Enumerable.Range(0, 8).Select(i => Document((char)('a' + i), 1 + (i % 3))).ToList();
        await WriteAsync(facts, "p|readers", written[0]);
        using var done = new CancellationTokenSource();
        var seen = new List<string>();
        var reader = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                seen.Add((await JsonParts.ReadAsync(facts, "p|readers", CancellationToken.None))!);
            }
        });

        await Task.WhenAll(
            Task.Run(async () => { foreach (var json in written.Where((_, i) => i % 2 == 0)) { await WriteAsync(facts, "p|readers", json); } }),
            Task.Run(async () => { foreach (var json in written.Where((_, i) => i % 2 == 1)) { await WriteAsync(facts, "p|readers", json); } }));
        await done.CancelAsync();
        await reader;

        Assert.NotEmpty(seen);
        Assert.All(seen, json => Assert.Contains(json, written));
        Assert.Single((await GenerationsAsync(facts, "p|readers")).Generations);
    }

    [Fact]
    public async Task WriteAsync_AGenerationNoHeaderNames_KeptWhileYoungSweptOnceOld()
    {
        var facts = await NewFactsAsync();
        await WriteAsync(facts, "p|orphan", Document('a', 1));
        var crashed = new TableEntity("p|orphan", "g|0000000000000000000crashed0|00000") { ["Json"] = "\"left behind\"" };
        await facts.UpsertEntityAsync(crashed, TableUpdateMode.Replace);
        await Task.Delay(50);

        await WriteAsync(facts, "p|orphan", Document('b', 2));
        var young = await GenerationsAsync(facts, "p|orphan");
        await JsonParts.SweepAsync(facts, "p|orphan", replaced: null, orphanAge: TimeSpan.Zero, CancellationToken.None);
        var old = await GenerationsAsync(facts, "p|orphan");

        Assert.Contains("0000000000000000000crashed0", young.Generations);
        Assert.Equal((2, 3), (young.Generations.Count, young.Parts));
        Assert.DoesNotContain("0000000000000000000crashed0", old.Generations);
        Assert.Equal((1, 2), (old.Generations.Count, old.Parts));
        Assert.Equal(Document('b', 2), await JsonParts.ReadAsync(facts, "p|orphan", CancellationToken.None));
    }

    [Fact]
    public async Task SweepAsync_TwoSweepersAtOnce_BothFinishAndEveryOrphanIsGone()
    {
        var facts = await NewFactsAsync();
        var orphans = Enumerable.Range(0, 30).Select(i => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity("p|sweepers", $"g|0000000000000000000orphan{i / 10}|{i % 10:D5}") { ["Json"] = "\"left behind\"" }));
        await JsonParts.SubmitAsync(facts, orphans, CancellationToken.None);
        await Task.Delay(50);
        await WriteAsync(facts, "p|sweepers", Document('a', 1));

        await Task.WhenAll(
            Task.Run(() => JsonParts.SweepAsync(facts, "p|sweepers", replaced: null, orphanAge: TimeSpan.Zero, CancellationToken.None)),
            Task.Run(() => JsonParts.SweepAsync(facts, "p|sweepers", replaced: null, orphanAge: TimeSpan.Zero, CancellationToken.None)));
        var (generations, parts) = await GenerationsAsync(facts, "p|sweepers");

        Assert.Equal((1, 1), (generations.Count, parts));
        Assert.Equal(Document('a', 1), await JsonParts.ReadAsync(facts, "p|sweepers", CancellationToken.None));
    }
}
