using TeamsCrm.Storage.Keys;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Tests.Handoffs;

public sealed class HandoffAtomicityTests
{
    private const string Tenant = "tenant-handoff";

    [Fact]
    public async Task AcceptAsync_Recipient_ChangesOwnerHandoffAndAuditTogether()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Northwind Traders", "Rollout");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas, "Please take over"));
        crm.Tick();

        var outcome = await crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id);

        Assert.True(outcome.IsSuccess, outcome.Error?.Code);
        var partition = (await crm.Store.LoadAsync(Tenant, account.Id, PartitionSlice.CoreOnly))!;
        Assert.Equal(lukas.UserId, partition.FindDeal(deal.Id)!.Owner.UserId);
        Assert.Equal(HandoffStatus.Accepted, partition.FindHandoff(handoff.Id)!.Status);
        var actions = await AuditActionsAsync(crm, account.Id);
        Assert.Contains("HandoffAccepted", actions);
        Assert.Contains("OwnerChanged", actions);
        Assert.Single(await crm.MyWork.OpenDealsAsync(lukas));
        Assert.Empty(await crm.MyWork.OpenDealsAsync(megan));
        Assert.Empty(await crm.MyWork.HandoffsWaitingAsync(lukas));
    }

    [Fact]
    public async Task AcceptAsync_FailureInjectedMidTransaction_LeavesNothingPartialVisible()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Adventure Works", "Expansion");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));
        var auditBefore = await AuditActionsAsync(crm, account.Id);
        var entitiesBefore = await crm.CountPartitionEntitiesAsync(Tenant, account.Id);
        var sabotaged = new SabotagingStore(crm, handoff);

        var outcome = await new HandoffService(sabotaged, crm.Time).AcceptAsync(lukas, account.Id, handoff.Id);

        Assert.True(sabotaged.Sabotaged);
        Assert.Equal(CrmErrorKind.Conflict, outcome.Error!.Kind);
        var partition = (await crm.Store.LoadAsync(Tenant, account.Id, PartitionSlice.CoreOnly))!;
        Assert.Equal(megan.UserId, partition.FindDeal(deal.Id)!.Owner.UserId);
        Assert.Equal(HandoffStatus.Pending, partition.FindHandoff(handoff.Id)!.Status);
        Assert.Equal(auditBefore, await AuditActionsAsync(crm, account.Id));
        Assert.Equal(entitiesBefore, await crm.CountPartitionEntitiesAsync(Tenant, account.Id));
        Assert.Single(await crm.MyWork.OpenDealsAsync(megan));
        Assert.Single(await crm.MyWork.HandoffsWaitingAsync(lukas));
    }

    [Fact]
    public async Task AcceptAsync_DoubleClick_ChangesNothingTheSecondTime()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Coho Winery", "Pilot");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));

        var results = await Task.WhenAll(crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id), crm.Handoffs.AcceptAsync(lukas, account.Id, handoff.Id));

        Assert.Single(results, r => r.IsSuccess);
        Assert.Single(await AuditActionsAsync(crm, account.Id), a => a == "HandoffAccepted");
    }

    [Fact]
    public async Task HandOffAsync_SecondOpenHandoffOfSameDeal_IsRefused()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Relecloud");
        var deal = await crm.DealAsync(megan, account, "Migration");
        var first = await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, CrmTestStore.Member(Tenant, "Lukas")));
        Assert.True(first.IsSuccess);

        var second = await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, CrmTestStore.Member(Tenant, "Adele")));

        Assert.Equal(ErrorCodes.HandoffAlreadyOpen, second.Error!.Code);
    }

    [Fact]
    public async Task AcceptAsync_NotTheRecipient_IsRefusedAndChangesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Trey Research", "Support contract");
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, lukas));

        var byAdele = await crm.Handoffs.AcceptAsync(CrmTestStore.Member(Tenant, "Adele"), account.Id, handoff.Id);
        var declined = await crm.Handoffs.DeclineAsync(lukas, account.Id, handoff.Id, "Too busy this quarter");

        Assert.Equal(ErrorCodes.HandoffOnlyRecipient, byAdele.Error!.Code);
        Assert.Equal(HandoffStatus.Declined, declined.Value!.Handoff.Status);
        Assert.Equal("Too busy this quarter", declined.Value.Handoff.DeclineReason);
        Assert.Equal(megan.UserId, declined.Value.Deal.Owner.UserId);
    }

    private static async Task<List<string>> AuditActionsAsync(CrmTestStore crm, string accountId)
    {
        var actions = new List<string>();
        await foreach (var entry in crm.Store.QueryRecordsAsync<AuditEntry>(Tenant, accountId))
        {
            actions.Add(entry.Action);
        }

        return actions;
    }

    /// <summary>
    /// Lets the use case read, then — just before its transaction is sent — changes the handoff
    /// behind its back, so the handoff operation inside the entity-group transaction fails while
    /// the deal update and the audit entries in the same transaction would succeed on their own.
    /// </summary>
    private sealed class SabotagingStore(CrmTestStore crm, Handoff handoff) : IAccountStore
    {
        public bool Sabotaged { get; private set; }

        public Task<AccountPartition?> LoadAsync(string tenantId, string accountId, PartitionSlice slice, CancellationToken cancellationToken = default) =>
            crm.Store.LoadAsync(tenantId, accountId, slice, cancellationToken);

        public Task<Core.Accounts.Account?> GetAccountIfExistsAsync(string tenantId, string accountId, CancellationToken cancellationToken = default) =>
            crm.Store.GetAccountIfExistsAsync(tenantId, accountId, cancellationToken);

        public Task<T?> GetRecordIfExistsAsync<T>(string tenantId, string accountId, string recordId, CancellationToken cancellationToken = default)
            where T : class => crm.Store.GetRecordIfExistsAsync<T>(tenantId, accountId, recordId, cancellationToken);

        public IAsyncEnumerable<T> QueryRecordsAsync<T>(string tenantId, string accountId, CancellationToken cancellationToken = default)
            where T : class => crm.Store.QueryRecordsAsync<T>(tenantId, accountId, cancellationToken);

        public async Task<IReadOnlyList<string?>> CommitAsync(string tenantId, string accountId, ChangeSet changes, CancellationToken cancellationToken = default)
        {
            var key = StorageKeys.AccountPartition(tenantId, accountId);
            var entity = (await crm.Tables.Data.GetEntityAsync<TableEntity>(key, HandoffMapping.RowKey(handoff.Id), cancellationToken: cancellationToken)).Value;
            entity["Note"] = "touched by someone else";
            await crm.Tables.Data.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            Sabotaged = true;
            return await crm.Store.CommitAsync(tenantId, accountId, changes, cancellationToken);
        }
    }
}
