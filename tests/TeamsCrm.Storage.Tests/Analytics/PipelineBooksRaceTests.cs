using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Tests.Faults;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>
/// Two changes of one deal applied to the pipeline books at once, their phases driven by hand: one change's commit is
/// held between its reads and its transaction (<see cref="HeldBooksService"/>) while the other change runs whole.
/// </summary>
public sealed class PipelineBooksRaceTests
{
    private const string Tenant = "tenant-books-race";

    [Fact]
    public async Task ApplyDealsAsync_DeletionAppliedWhileTheCreationWaitsToCommit_TheBooksHoldNoDeal()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var contoso = await crm.AccountAsync(megan, "Contoso Ltd");
        await new SummaryRefresher(crm.Tables, crm.Analytics, crm.Time).RefreshAsync(Tenant);

        // The creation is committed; its fact rows are written, its books update is what the slow instance does.
        crm.IndexWriter.Fail = true;
        var created = await crm.Deals.CreateAsync(megan, contoso.Id, new DealInput("Sensor retrofit", 1200m, ExpectedCloseDate: new DateOnly(2026, 12, 20)));
        crm.IndexWriter.Fail = false;
        var deal = created.Value!;
        var creation = FactProjection.For(crm.Tables, Tenant, new RecordChange(null, deal));
        await WriteRowsAsync(crm, creation.Where(o => !o.IsDelete));
        var held = new HeldBooksService(TestStorage.ConnectionString);
        var slowBooks = new PipelineBooks(new CrmTables(held, Options.Create(crm.Options)));
        var creationApplied = slowBooks.ApplyDealsAsync(Tenant, [new DealToApply(contoso.Id, deal.Id, [])]);
        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));

        // The deletion runs whole meanwhile (fact rows, then books) on another instance.
        await crm.Store.CommitAsync(Tenant, contoso.Id, new ChangeSet().Delete(deal));
        held.Release();
        await creationApplied.WaitAsync(TimeSpan.FromSeconds(30));

        var books = new PipelineBooks(crm.Tables);
        Assert.Empty(await crm.Analytics.ReadDealFactsAsync(Tenant));
        Assert.Equal(0, (await books.ReadBooksAsync(Tenant)).Sum(b => b.Deals));
        Assert.Empty(await books.ReadDueBeforeAsync(Tenant, megan.UserId, new DateOnly(2027, 1, 1)));
        Assert.Equal(0, await books.RebuildAsync(Tenant));
    }

    private static async Task WriteRowsAsync(CrmTestStore crm, IEnumerable<IndexOperation> operations)
    {
        foreach (var operation in operations)
        {
            var entity = new TableEntity(operation.PartitionKey, operation.RowKey);
            foreach (var (name, value) in operation.Properties!)
            {
                entity[name] = value;
            }

            await crm.Tables.Facts.UpsertEntityAsync(entity, TableUpdateMode.Replace);
        }
    }
}
