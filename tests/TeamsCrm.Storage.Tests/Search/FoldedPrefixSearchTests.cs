namespace TeamsCrm.Storage.Tests.Search;

public sealed class FoldedPrefixSearchTests
{
    private const string Tenant = "tenant-search";

    [Theory]
    [InlineData("mueller")]
    [InlineData("müller")]
    [InlineData("MÜLLER")]
    [InlineData("Mueller Maschinenbau GmbH")]
    [InlineData("maschinenbau")]
    [InlineData("MUEL")]
    public async Task SearchAsync_FoldedSpellings_FindMuellerMaschinenbau(string query)
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        await crm.AccountAsync(megan, "Müller Maschinenbau GmbH");
        await crm.AccountAsync(megan, "Muster AG");
        await crm.AccountAsync(megan, "Contoso Ltd");

        var hits = (await crm.Search.SearchAsync(megan, query)).Value!;

        Assert.Equal("Müller Maschinenbau GmbH", Assert.Single(hits).Name);
    }

    [Fact]
    public async Task SearchAsync_RenamedAccount_IsFoundByNewNameOnly()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Größer & Söhne AG");
        Assert.Single((await crm.Search.SearchAsync(megan, "groesser")).Value!);

        await crm.Accounts.UpdateAsync(megan, account.Id, new AccountInput("Schäfer Bau AG"), account.Version);

        Assert.Empty((await crm.Search.SearchAsync(megan, "größer")).Value!);
        Assert.Equal("Schäfer Bau AG", Assert.Single((await crm.Search.SearchAsync(megan, "schaefer")).Value!).Name);
    }

    [Fact]
    public async Task CreateAsync_SameNameExists_SuggestsMatchAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var existing = await crm.AccountAsync(megan, "Müller Maschinenbau GmbH");
        var indexBefore = await crm.CountIndexEntitiesAsync();

        var result = await crm.Accounts.CreateAsync(megan, new AccountInput("MUELLER Maschinenbau"));

        Assert.Equal(ErrorCodes.DuplicateSuspected, result.Error!.Code);
        var suggestion = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<AccountSearchHit>>(result.Error.Current));
        Assert.Equal(existing.Id, suggestion.AccountId);
        Assert.Equal(indexBefore, await crm.CountIndexEntitiesAsync());
    }

    [Fact]
    public async Task SearchAsync_EmptyOrTooLongQuery_IsInvalid()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");

        Assert.Equal(CrmErrorKind.Validation, (await crm.Search.SearchAsync(megan, "  ")).Error!.Kind);
        Assert.Equal(CrmErrorKind.Validation, (await crm.Search.SearchAsync(megan, "!!!")).Error!.Kind);
        Assert.Equal(CrmErrorKind.Validation, (await crm.Search.SearchAsync(megan, new string('a', 201))).Error!.Kind);
    }
}
