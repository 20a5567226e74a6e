using System.Text.Json;
using TeamsCrm.Storage.Analytics;
using static TeamsCrm.Storage.Tests.Analytics.FactsDocuments;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>The keep-parsed-per-version core against Azurite, over <see cref="JsonParts"/> documents.</summary>
public sealed class KeptParsedTests
{
    [Fact]
    public async Task ReadAsync_VersionUnchanged_OneProbeAndTheKeptDocument()
    {
        var facts = await NewFactsAsync();
        var kept = new Counted(facts);
        await WriteNoteAsync(facts, "p|same", "first");

        var first = await kept.ReadAsync("p|same");
        var second = await kept.ReadAsync("p|same");

        Assert.Equal("first", first!.Text);
        Assert.Same(first, second);
        Assert.Equal((1, 1), (kept.Probes, kept.Reads));
    }

    [Fact]
    public async Task ReadAsync_Rewritten_TheNewDocumentIsReadAndKept()
    {
        var facts = await NewFactsAsync();
        var kept = new Counted(facts);
        await WriteNoteAsync(facts, "p|rewrite", "old");
        await kept.ReadAsync("p|rewrite");

        await WriteNoteAsync(facts, "p|rewrite", "new");
        var rewritten = await kept.ReadAsync("p|rewrite");
        var again = await kept.ReadAsync("p|rewrite");

        Assert.Equal("new", rewritten!.Text);
        Assert.Same(rewritten, again);
        Assert.Equal((2, 2), (kept.Probes, kept.Reads));
    }

    [Fact]
    public async Task ReadAsync_Deleted_NullAndForgotten()
    {
        var facts = await NewFactsAsync();
        var kept = new Counted(facts);
        await WriteNoteAsync(facts, "p|gone", "here");
        await kept.ReadAsync("p|gone");

        await DeletePartitionAsync(facts, "p|gone");
        var deleted = await kept.ReadAsync("p|gone");

        Assert.Null(deleted);
        Assert.False(kept.Core.Holds("p|gone"));
        Assert.Equal(0, kept.Core.Count);
        Assert.Null(await kept.ReadAsync("p|gone"));
        Assert.Equal((1, 2), (kept.Probes, kept.Reads));
    }

    [Fact]
    public async Task ReadAsync_MoreKeysThanTheCapacity_NeverKeepsMoreAndTheLastReadIsKept()
    {
        var facts = await NewFactsAsync();
        var kept = new Counted(facts, capacity: 3);
        var counts = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            await WriteNoteAsync(facts, $"p|bound{i}", $"document {i}");
            await kept.ReadAsync($"p|bound{i}");
            counts.Add(kept.Core.Count);
        }

        var last = await kept.ReadAsync("p|bound6");

        Assert.All(counts, c => Assert.InRange(c, 1, 3));
        Assert.Equal([1, 2, 3, 1, 2, 3, 1], counts);
        Assert.Equal("document 6", last!.Text);
        Assert.Equal(7, kept.Reads);
    }

    /// <summary>The core over one table, counting its probes and whole reads.</summary>
    private sealed class Counted(TableClient facts, int capacity = 1_000)
    {
        public KeptParsed<string, Note> Core { get; } = new(capacity);

        public int Probes { get; private set; }

        public int Reads { get; private set; }

        public Task<Note?> ReadAsync(string partition) =>
            Core.ReadAsync(
                partition,
                ct =>
                {
                    Probes++;
                    return JsonParts.VersionAsync(facts, partition, ct);
                },
                async ct =>
                {
                    Reads++;
                    return await JsonParts.ReadVersionedAsync(facts, partition, ct) is { } read
                        ? (read.Version, JsonSerializer.Deserialize<Note>(read.Json)!)
                        : null;
                },
                CancellationToken.None);
    }
}
