using TeamsCrm.Core.Meetings;

namespace TeamsCrm.Storage.Tests.Accounts;

/// <summary>A logged meeting's mark: read by its id with one point read, written once; and the owned-accounts index.</summary>
public sealed class LoggedMeetingTests
{
    private const string Tenant = "tenant-meetings";

    [Fact]
    public async Task CommitAsync_MeetingMark_PointReadByIdAndASecondMarkConflicts()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan Bowen");
        var account = (await crm.Accounts.CreateAsync(megan, new AccountInput("Northwind Traders"))).Value!;
        var id = MeetingInteractionIds.For(Tenant, account.Id, "040000008200E00074C5B7101A82E008");
        var mark = new LoggedMeeting { Id = id, AccountId = account.Id, MeetingId = "040000008200E00074C5B7101A82E008", LoggedAt = crm.Time.GetUtcNow() };

        var versions = await crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Insert(mark));
        var read = await crm.Store.GetRecordIfExistsAsync<LoggedMeeting>(Tenant, account.Id, id);
        var again = await Assert.ThrowsAsync<ConcurrencyException>(() => crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Insert(mark with { LoggedAt = crm.Time.GetUtcNow().AddDays(1) })));

        Assert.Equal(mark with { Version = versions[0] }, read);
        Assert.NotNull(again);
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<LoggedMeeting>(Tenant, account.Id, MeetingInteractionIds.For(Tenant, account.Id, "another meeting")));
        Assert.Null(await crm.Store.GetRecordIfExistsAsync<LoggedMeeting>(Tenant, account.Id, "not-a-guid"));
        var loaded = await crm.Store.LoadAsync(Tenant, account.Id, new PartitionSlice(10, 10, false));
        Assert.Empty(loaded!.RecentInteractions);
    }

    [Fact]
    public async Task CreateAsync_Account_ListedAmongItsOwnersAccounts()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan Bowen");
        var lukas = CrmTestStore.Member(Tenant, "Lukas Schneider");

        var account = (await crm.Accounts.CreateAsync(megan, new AccountInput("Northwind Traders"))).Value!;
        crm.Tick();
        Assert.True((await crm.Accounts.UpdateAsync(megan, account.Id, new AccountInput("Northwind Traders Ltd"), account.Version)).IsSuccess);

        var entry = Assert.Single(await crm.Index.ListPersonalAsync(Tenant, megan.UserId, PersonalListKind.OwnedAccounts));
        Assert.Equal((account.Id, account.Id), (entry.AccountId, entry.RecordId));
        Assert.Empty(await crm.Index.ListPersonalAsync(Tenant, lukas.UserId, PersonalListKind.OwnedAccounts));
    }
}
