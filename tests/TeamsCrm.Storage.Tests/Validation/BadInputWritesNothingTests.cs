namespace TeamsCrm.Storage.Tests.Validation;

public sealed class BadInputWritesNothingTests
{
    private const string Tenant = "tenant-validation";

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "empty account name", "name", ErrorCodes.Required },
        { "over-long account name", "name", ErrorCodes.TooLong },
        { "invalid email", "email", ErrorCodes.InvalidEmail },
        { "negative amount", "amount", ErrorCodes.Negative },
        { "unknown stage", "stage", ErrorCodes.UnknownValue },
        { "comment over 64 KB", "text", ErrorCodes.TooLong },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task UseCase_BadInput_ReturnsValidationErrorAndWritesNothing(string scenario, string field, string code)
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Contoso Ltd");
        var deal = await crm.DealAsync(megan, account, "Renewal");
        var entitiesBefore = await crm.CountPartitionEntitiesAsync(Tenant, account.Id);
        var indexBefore = await crm.CountIndexEntitiesAsync();

        var error = await RunAsync(crm, megan, scenario, account.Id, deal.Id);

        Assert.Equal(CrmErrorKind.Validation, error!.Kind);
        Assert.Contains(error.Fields, f => f.Field == field && f.Code == code);
        Assert.Equal(entitiesBefore, await crm.CountPartitionEntitiesAsync(Tenant, account.Id));
        Assert.Equal(indexBefore, await crm.CountIndexEntitiesAsync());
    }

    [Fact]
    public async Task ChangeStageAsync_IllegalJump_IsRefusedAndWritesNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        var deal = await crm.DealAsync(megan, account, "Rollout");
        var entitiesBefore = await crm.CountPartitionEntitiesAsync(Tenant, account.Id);

        var result = await crm.Deals.ChangeStageAsync(megan, account.Id, deal.Id, DealStage.Won, deal.Version);

        Assert.Equal(ErrorCodes.StageTransitionNotAllowed, result.Error!.Code);
        Assert.Equal(DealStage.New, (await crm.Deals.GetAsync(megan, account.Id, deal.Id)).Value!.Stage);
        Assert.Equal(entitiesBefore, await crm.CountPartitionEntitiesAsync(Tenant, account.Id));
    }

    private static async Task<CrmError?> RunAsync(CrmTestStore crm, Caller caller, string scenario, string accountId, string dealId) => scenario switch
    {
        "empty account name" => (await crm.Accounts.UpdateAsync(caller, accountId, new AccountInput(" "), null)).Error,
        "over-long account name" => (await crm.Accounts.CreateAsync(caller, new AccountInput(new string('x', FieldLimits.Name + 1)))).Error,
        "invalid email" => (await crm.Contacts.CreateAsync(caller, accountId, new ContactInput("Anna", "Schmidt", Email: "anna@@contoso"))).Error,
        "negative amount" => (await crm.Deals.UpdateAsync(caller, accountId, dealId, new DealInput("Renewal", -1m), null)).Error,
        "unknown stage" => (await crm.Deals.ChangeStageAsync(caller, accountId, dealId, (DealStage)42, null)).Error,
        "comment over 64 KB" => (await crm.Comments.AddAsync(caller, accountId, new CommentInput(new string('ü', 40_000)))).Error,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
