using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Storage.Tests.MyWork;

/// <summary>Records stored before an index existed get their entries from the one-time backfill, against Azurite.</summary>
public sealed class IndexBackfillTests
{
    private const string Tenant = "tenant-backfill";

    [Fact]
    public async Task RunAsync_HandoffStoredBeforeTheSentIndex_ListedForItsSenderOnceAndOnlyOnce()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Renewal");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over"));
        // As stored before "handoffs I sent" existed: the record is there, its entry is not.
        await crm.Tables.Index.DeleteEntityAsync(
            StorageKeys.PersonalPartition(Tenant, megan.UserId), IndexProjection.PersonalRowKey(PersonalListKind.HandoffsSent, account.Id, handoff.Id));
        Assert.Empty(await crm.MyWork.HandoffsSentAsync(megan));
        var backfill = new IndexBackfill(crm.Tables, new TableIndexWriter(crm.Tables));

        var first = await backfill.RunAsync();
        var second = await backfill.RunAsync();

        Assert.True(first >= 3, $"{first} records read"); // the account, the deal and the handoff at least
        Assert.Equal(0, second);
        Assert.Equal(handoff.Id, Assert.Single(await crm.MyWork.HandoffsSentAsync(megan)).Item.Id);
        Assert.Equal(handoff.Id, Assert.Single(await crm.MyWork.HandoffsWaitingAsync(lukas)).Item.Id);
        Assert.Empty(await crm.MyWork.HandoffsSentAsync(lukas));
    }
}
