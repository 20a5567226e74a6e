using TeamsCrm.Core.Search;

namespace TeamsCrm.Storage.Tests.Outbox;

/// <summary>
/// A commit whose index operations take more than one table property (64 KB): the outbox entry splits their JSON over
/// several properties, the transaction commits, every record is indexed, and a crash before the index update is
/// repaired from the split entry.
/// </summary>
public sealed class LargeOutboxEntryTests
{
    private const string Tenant = "tenant-large-outbox";
    private const int Deals = 30;

    [Fact]
    public void CreateEntry_OperationsLargerThanOneProperty_SplitAndReadBackWhole()
    {
        var operations = Enumerable.Range(0, 400)
            .Select(i => new IndexOperation("names", "p", $"key-{i}", new Dictionary<string, string?> { ["Name"] = new string('x', 200) }))
            .ToArray();

        var entry = IndexOutbox.CreateEntry("partition", "operation", operations);

        Assert.True(entry.GetInt32("OperationParts") > 1);
        Assert.All(entry.Keys.Where(k => k.StartsWith("Operations", StringComparison.Ordinal)), k => Assert.True(entry.GetString(k).Length <= IndexOutbox.PartLength));
        Assert.Equal(operations.Select(o => o.RowKey), IndexOutbox.ReadEntry(entry).Select(o => o.RowKey));
    }

    [Fact]
    public void ReadEntry_EntryWrittenBeforeTheSplit_ReadFromItsOneProperty()
    {
        var entry = new TableEntity("partition", "outbox|operation") { ["Operations"] = """[{"Table":"t","PartitionKey":"p","RowKey":"r","Properties":null}]""" };

        Assert.True(Assert.Single(IndexOutbox.ReadEntry(entry)).IsDelete);
    }

    [Fact]
    public async Task CommitAsync_ThirtyDealsInOneChangeSet_EveryDealIndexedAndACrashRepaired()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var account = await crm.AccountAsync(megan, "Tailspin Toys");
        var changes = new ChangeSet();
        foreach (var deal in Enumerable.Range(0, Deals).Select(i => DealOf(account.Id, megan, i)))
        {
            changes.Insert(deal);
        }

        crm.IndexWriter.Fail = true;
        await crm.Store.CommitAsync(Tenant, account.Id, changes);
        crm.IndexWriter.Fail = false;
        Assert.Empty(await SearchAsync(crm, lukas, "zephyr"));

        Assert.Equal(1, await crm.Outbox.RepairAsync(TimeSpan.Zero));

        for (var number = 0; number < Deals; number++)
        {
            // The last word that gets a name key: found only if the whole split entry was read back.
            var hit = Assert.Single(await SearchAsync(crm, lukas, $"zephyr{number:D3}word{IndexProjection.MaxNameKeys - 1:D2}"));
            Assert.Equal($"deal-{number:D3}", hit.RecordId);
        }

        Assert.Equal(0, await crm.CountOutboxEntitiesAsync(Tenant, account.Id));
    }

    /// <summary>A deal whose title has the most words that get name keys, each word long: the largest name entries a deal gets.</summary>
    private static Deal DealOf(string accountId, Caller owner, int number) => new()
    {
        Id = $"deal-{number:D3}",
        AccountId = accountId,
        Title = string.Join(' ', Enumerable.Range(0, IndexProjection.MaxNameKeys).Select(w => $"Zephyr{number:D3}word{w:D2}")),
        Owner = owner.AsPerson(),
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Task<IReadOnlyList<RecordHit>> SearchAsync(CrmTestStore crm, Caller caller, string query) =>
        crm.Records.SearchAsync(caller, query, _ => Task.FromResult<IReadOnlyList<string>>([]));
}
