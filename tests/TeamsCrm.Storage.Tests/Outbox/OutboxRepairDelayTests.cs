using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Storage.Tests.Faults;

namespace TeamsCrm.Storage.Tests.Outbox;

/// <summary>
/// The sweeper never drops the marker of a transaction that may still commit: with the smallest
/// repair delay the app accepts (the derived bound), a transaction held by the proxy until its
/// client gave up, and then committed late, keeps its marker and gets its index update.
/// </summary>
public sealed class OutboxRepairDelayTests
{
    private const string Tenant = "tenant-repair-delay";

    [Fact]
    public async Task SweepOnceAsync_MarkerYoungerThanBound_KeptThroughLateCommitThenRepaired()
    {
        await using var proxied = await ProxiedStore.StartAsync(t => t.Data);
        var crm = proxied.Crm;
        var bound = StorageTimeBounds.From(crm.Options).MinimumRepairDelay;
        crm.Options.OutboxRepairDelay = bound;
        var sweeper = new OutboxSweeper(crm.Outbox, Options.Create(crm.Options), crm.Time, NullLogger<OutboxSweeper>.Instance);
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Wingtip Toys", "Expansion");
        var due = crm.Time.GetUtcNow().AddDays(7);

        var hold = proxied.Proxy.HoldNextTransaction();
        crm.Tick();
        var handoff = crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, DueAt: due));
        await hold.Arrived.WaitAsync(TimeSpan.FromMinutes(1));

        // Just under the bound: the commit has run out of its budget and given up; the transaction is still on its way.
        crm.Time.Advance(bound - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<TimeoutException>(() => handoff);
        await sweeper.SweepOnceAsync();
        Assert.Equal(1, await crm.CountOutboxMarkersAsync());

        hold.Release();
        await hold.Answered.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Empty(await crm.Index.ListPersonalAsync(Tenant, lukas.UserId, PersonalListKind.HandoffsWaiting));
        Assert.Equal(1, await crm.CountOutboxEntitiesAsync(Tenant, account.Id));

        crm.Time.Advance(TimeSpan.FromSeconds(2));
        await sweeper.SweepOnceAsync();

        var committed = Assert.Single(await crm.Store.QueryRecordsAsync<Handoff>(Tenant, account.Id).ToArrayAsync());
        Assert.Equal(committed.Id, Assert.Single(await crm.Index.ListPersonalAsync(Tenant, lukas.UserId, PersonalListKind.HandoffsWaiting)).RecordId);
        Assert.Equal(committed.Id, Assert.Single(await crm.Index.ListDueHandoffsAsync(Tenant, due.AddMinutes(1), 10)).HandoffId);
        Assert.Equal(0, await crm.CountOutboxMarkersAsync());
        Assert.Equal(0, await crm.CountOutboxEntitiesAsync(Tenant, account.Id));
    }

    [Fact]
    public async Task SweepOnceAsync_MarkerOfTransactionThatNeverCommitted_DroppedOnlyAfterBound()
    {
        var crm = await CrmTestStore.CreateAsync();
        crm.Options.OutboxRepairDelay = StorageTimeBounds.From(crm.Options).MinimumRepairDelay;
        var sweeper = new OutboxSweeper(crm.Outbox, Options.Create(crm.Options), crm.Time, NullLogger<OutboxSweeper>.Instance);
        await crm.Outbox.WriteMarkerAsync(Tenant, "0193a1b2c3d4e5f6a7b8c9d0e1f2a3b4", "0193a1b2c3d4e5f6a7b8c9d0e1f2a3b5", CancellationToken.None);

        crm.Time.Advance(crm.Options.OutboxRepairDelay - TimeSpan.FromMilliseconds(1));
        await sweeper.SweepOnceAsync();
        Assert.Equal(1, await crm.CountOutboxMarkersAsync());

        crm.Time.Advance(TimeSpan.FromMilliseconds(2));
        await sweeper.SweepOnceAsync();
        Assert.Equal(0, await crm.CountOutboxMarkersAsync());
    }
}
