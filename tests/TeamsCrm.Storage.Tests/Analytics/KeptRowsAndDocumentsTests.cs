using System.Text.Json;
using TeamsCrm.Storage.Analytics;
using static TeamsCrm.Storage.Tests.Analytics.FactsDocuments;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary><see cref="KeptRows{T}"/> and <see cref="KeptDocuments{T}"/> through their own surface, against Azurite.</summary>
public sealed class KeptRowsAndDocumentsTests
{
    [Fact]
    public async Task KeptRows_ReusedWhileTheETagStays_RewriteSeen_DeletedIsNull()
    {
        var facts = await NewFactsAsync();
        var rows = new KeptRows<Note>();
        await UpsertRowAsync(facts, "one");

        var first = await rows.ReadAsync(facts, "p|rows", "owner", "Json", CancellationToken.None);
        var same = await rows.ReadAsync(facts, "p|rows", "owner", "Json", CancellationToken.None);
        await UpsertRowAsync(facts, "two");
        var rewritten = await rows.ReadAsync(facts, "p|rows", "owner", "Json", CancellationToken.None);
        await facts.DeleteEntityAsync("p|rows", "owner");
        var deleted = await rows.ReadAsync(facts, "p|rows", "owner", "Json", CancellationToken.None);
        await UpsertRowAsync(facts, "three");
        var recreated = await rows.ReadAsync(facts, "p|rows", "owner", "Json", CancellationToken.None);

        Assert.Equal("one", first!.Text);
        Assert.Same(first, same);
        Assert.Equal("two", rewritten!.Text);
        Assert.Null(deleted);
        Assert.Equal("three", recreated!.Text);
        Assert.Null(await rows.ReadAsync(facts, "p|rows", "nobody", "Json", CancellationToken.None));
    }

    [Fact]
    public async Task KeptDocuments_ReusedWhileTheHeaderStays_RewriteSeen_DeletedIsNull()
    {
        var facts = await NewFactsAsync();
        var documents = new KeptDocuments<Note>();
        await WriteNoteAsync(facts, "p|docs", "one");

        var first = await documents.ReadAsync(facts, "p|docs", CancellationToken.None);
        var same = await documents.ReadAsync(facts, "p|docs", CancellationToken.None);
        await WriteNoteAsync(facts, "p|docs", "two");
        var rewritten = await documents.ReadAsync(facts, "p|docs", CancellationToken.None);
        await DeletePartitionAsync(facts, "p|docs");
        var deleted = await documents.ReadAsync(facts, "p|docs", CancellationToken.None);
        await WriteNoteAsync(facts, "p|docs", "three");
        var recreated = await documents.ReadAsync(facts, "p|docs", CancellationToken.None);

        Assert.Equal("one", first!.Text);
        Assert.Same(first, same);
        Assert.Equal("two", rewritten!.Text);
        Assert.Null(deleted);
        Assert.Equal("three", recreated!.Text);
        Assert.Null(await documents.ReadAsync(facts, "p|none", CancellationToken.None));
    }

    private static Task<Azure.Response> UpsertRowAsync(TableClient facts, string text) =>
        facts.UpsertEntityAsync(new TableEntity("p|rows", "owner") { ["Json"] = JsonSerializer.Serialize(new Note(text)) }, TableUpdateMode.Replace);
}
