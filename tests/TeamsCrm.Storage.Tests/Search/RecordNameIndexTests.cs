using TeamsCrm.Core.Search;
using TeamsCrm.Storage.Keys;

namespace TeamsCrm.Storage.Tests.Search;

/// <summary>
/// The deal and contact name index and the account summaries, kept by the outbox and read by a member's search,
/// against Azurite: created, renamed, moved to another stage, deleted, the account renamed or given another owner,
/// and filled by the backfill for records stored before the index existed.
/// </summary>
public sealed class RecordNameIndexTests
{
    private const string Tenant = "tenant-record-names";

    [Fact]
    public async Task SearchAsync_DealOfAnAccountOutsideTheMembersWorkingSet_FoundWithItsPreview()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (_, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Fabrikam Turbinen GmbH", "Getriebe Retrofit Nord");

        // Lukas owns nothing: the deal is neither his nor of an account he owns, and no account is named.
        var hit = Assert.Single(await SearchAsync(crm, lukas, "retrofit"));

        Assert.Equal(new RecordHit(RecordKind.Deal, account.Id, deal.Id, "Getriebe Retrofit Nord", "Fabrikam Turbinen GmbH", deal.Owner) { Stage = DealStage.New }, hit);
        Assert.Empty(await SearchAsync(crm, lukas, "retrofit sued"));
        Assert.Single(await SearchAsync(crm, lukas, "nord getr"));
    }

    [Fact]
    public async Task SearchAsync_DealRenamedAndMovedToAnotherStage_FoundOnlyByTheNewTitleWithTheNewStage()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Contoso Ltd", "Wartungsvertrag");

        crm.Tick();
        var renamed = await crm.Deals.UpdateAsync(megan, account.Id, deal.Id, new DealInput("Servicevertrag Süd", 1000m), deal.Version);
        Assert.True(renamed.IsSuccess, renamed.Error?.Code);
        crm.Tick();
        Assert.True((await crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Qualified, renamed.Value.Version)).IsSuccess);

        Assert.Empty(await SearchAsync(crm, lukas, "wartung"));
        var hit = Assert.Single(await SearchAsync(crm, lukas, "sued"));
        Assert.Equal(("Servicevertrag Süd", DealStage.Qualified), (hit.Name, hit.Stage));
        var oldKeys = StorageKeys.Filter(StorageKeys.DealNameIndexPartition(Tenant), "wartung", StorageKeys.PrefixEnd("wartung"));
        Assert.Empty(await crm.Tables.NamesFor("wartung").QueryAsync<TableEntity>(oldKeys).ToListAsync());
    }

    [Fact]
    public async Task SearchAsync_ContactCreatedAndRenamed_FoundByTheNewNameWithRoleAndTheAccountOwner()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, _) = await crm.MegansDealAsync(Tenant, "Northwind Traders", "Renewal");
        crm.Tick();
        var contact = await crm.Contacts.CreateAsync(megan, account.Id, new ContactInput("Jürgen", "Weiß", "Einkauf"));
        Assert.True(contact.IsSuccess, contact.Error?.Code);

        Assert.Equal(
            new RecordHit(RecordKind.Contact, account.Id, contact.Value.Id, "Jürgen Weiß", "Northwind Traders", account.Owner) { Role = "Einkauf" },
            Assert.Single(await SearchAsync(crm, lukas, "juergen weiss")));
        crm.Tick();
        Assert.True((await crm.Contacts.UpdateAsync(megan, account.Id, contact.Value.Id, new ContactInput("Jürgen", "Schwarz", "Leitung Einkauf"), contact.Value.Version)).IsSuccess);

        Assert.Empty(await SearchAsync(crm, lukas, "weiss"));
        Assert.Equal("Leitung Einkauf", Assert.Single(await SearchAsync(crm, lukas, "schwarz")).Role);
    }

    [Fact]
    public async Task SearchAsync_AccountRenamedAndGivenAnotherOwner_DealAndContactPreviewsShowTheCurrentAccount()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, _) = await crm.MegansDealAsync(Tenant, "Alpine Ski House", "Saisonvertrag");
        crm.Tick();
        Assert.True((await crm.Contacts.CreateAsync(megan, account.Id, new ContactInput("Saskia", "Berg"))).IsSuccess);
        crm.Tick();
        var renamed = await crm.Accounts.UpdateAsync(megan, account.Id, new AccountInput("Alpine Resorts"), account.Version);
        Assert.True(renamed.IsSuccess, renamed.Error?.Code);

        crm.Tick();
        await crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Update(renamed.Value, renamed.Value with { Owner = lukas.AsPerson() }));

        var hits = await SearchAsync(crm, megan, "sa");
        Assert.Equal([RecordKind.Deal, RecordKind.Contact], hits.Select(h => h.Kind));
        Assert.All(hits, h => Assert.Equal("Alpine Resorts", h.AccountName));
        Assert.Equal(megan.UserId, hits[0].Owner.UserId); // a deal shows its own owner
        Assert.Equal(lukas.UserId, hits[1].Owner.UserId); // a contact its account's owner
        var account2 = Assert.Single(await crm.Records.SearchAsync(megan, "alpine", _ => Task.FromResult<IReadOnlyList<string>>([account.Id])), h => h.Kind == RecordKind.Account);
        Assert.Equal(("Alpine Resorts", lukas.UserId), (account2.Name, account2.Owner.UserId));
    }

    [Fact]
    public async Task UpdateAsync_TitleOfTwoHundredOneLetterWordsRenamed_CommittedAndFoundByItsFirstWords()
    {
        var crm = await CrmTestStore.CreateAsync();
        var longTitle = string.Join(' ', Enumerable.Range(0, 100).Select(i => (char)('a' + (i % 26)))); // 199 characters, 100 words
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Litware Inc", longTitle);
        var otherTitle = string.Join(' ', Enumerable.Range(0, 100).Select(i => (char)('z' - (i % 26))));

        crm.Tick();
        var renamed = await crm.Deals.UpdateAsync(megan, account.Id, deal.Id, new DealInput(otherTitle, 1000m), deal.Version);

        Assert.True(renamed.IsSuccess, renamed.Error?.Code);
        Assert.Equal(deal.Id, Assert.Single(await SearchAsync(crm, lukas, "z y x")).RecordId);
        Assert.Empty(await SearchAsync(crm, lukas, "a b c"));
    }

    [Fact]
    public async Task SearchAsync_DealDeleted_NoLongerFoundAndItsEntriesGone()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (_, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Tailspin Toys", "Drohnen Rahmenvertrag");
        Assert.Single(await SearchAsync(crm, lukas, "rahmen"));

        await crm.Store.CommitAsync(Tenant, account.Id, new ChangeSet().Delete(deal));

        Assert.Empty(await SearchAsync(crm, lukas, "rahmen"));
        Assert.Empty(await SearchAsync(crm, lukas, "drohnen"));
    }

    [Fact]
    public async Task RunAsync_DealContactAndAccountStoredBeforeTheNameIndex_FoundAfterTheBackfill()
    {
        var crm = await CrmTestStore.CreateAsync();
        var (megan, lukas, account, deal) = await crm.MegansDealAsync(Tenant, "Wide World Importers", "Containerlogistik");
        crm.Tick();
        var created = await crm.Contacts.CreateAsync(megan, account.Id, new ContactInput("Petra", "Containerova"));
        var contact = Assert.IsType<Contact>(created.Value);
        // As stored before version 2: the records are there, their name entries and the account's summary are not.
        var removals = new object[] { account, deal, contact }
            .SelectMany(r => IndexProjection.For(crm.Tables, Tenant, new RecordChange(r, null)))
            .Where(o => o.PartitionKey != StorageKeys.NameIndexPartition(Tenant) && !o.PartitionKey.Contains("|user|", StringComparison.Ordinal))
            .ToArray();
        Assert.Equal(4, removals.Length); // the summary, the deal's one key, the contact's two
        await new TableIndexWriter(crm.Tables).ApplyAsync(removals);
        Assert.Empty(await SearchAsync(crm, lukas, "container"));

        await new IndexBackfill(crm.Tables, new TableIndexWriter(crm.Tables)).RunAsync();

        var hits = await SearchAsync(crm, lukas, "container");
        Assert.Equal([(RecordKind.Deal, deal.Id), (RecordKind.Contact, contact.Id)], hits.Select(h => (h.Kind, h.RecordId)));
        Assert.All(hits, h => Assert.Equal("Wide World Importers", h.AccountName));
    }

    /// <summary>A member's search in which no account is named: only the deal and contact name indexes can find anything.</summary>
    private static Task<IReadOnlyList<RecordHit>> SearchAsync(CrmTestStore crm, Caller caller, string query) =>
        crm.Records.SearchAsync(caller, query, _ => Task.FromResult<IReadOnlyList<string>>([]));
}
