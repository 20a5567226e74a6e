using Moq;
using TeamsCrm.Core.Application;
using TeamsCrm.Core.Tests.CustomerCards;

namespace TeamsCrm.Core.Tests.Application;

/// <summary>
/// The use-case preamble: not visible → NotFound, visible but not permitted → Forbidden (input not even looked at),
/// permitted → the input's own validation error or the partition with the caller's access.
/// </summary>
public sealed class AccountGateTests
{
    private static readonly CrmError InputError = CrmError.Invalid([new FieldError("name", ErrorCodes.Required)]);

    private readonly Mock<IAccountStore> _store = new(MockBehavior.Strict);

    public AccountGateTests()
    {
        _store.Setup(s => s.LoadAsync(TestData.Tenant, TestData.AccountId, It.IsAny<PartitionSlice>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(SamplePartition.Build());
    }

    [Fact]
    public async Task AuthorizeAsync_MalformedAccountId_IsNotFoundWithoutLoading()
    {
        var result = await AccountGate.AuthorizeAsync(_store.Object, TestData.Member, "not an id", CrmAction.UpdateAccount);

        Assert.Equal(CrmErrorKind.NotFound, result.Error?.Kind);
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AuthorizeAsync_GuestWithoutShare_IsNotFound()
    {
        var result = await AccountGate.AuthorizeAsync(_store.Object, TestData.GuestNoOrg, TestData.AccountId, CrmAction.ViewAccount);

        Assert.Equal(CrmErrorKind.NotFound, result.Error?.Kind);
    }

    [Fact]
    public async Task AuthorizeAsync_GuestDeniedAction_IsForbiddenAndSkipsValidation()
    {
        var validated = false;

        var result = await AccountGate.AuthorizeAsync(
            _store.Object, TestData.GuestB, TestData.AccountId, CrmAction.ManageShares, () => { validated = true; return InputError; });

        Assert.Equal(CrmErrorKind.Forbidden, result.Error?.Kind);
        Assert.False(validated);
    }

    [Fact]
    public async Task AuthorizeAsync_PermittedWithInvalidInput_ReturnsTheValidationError()
    {
        var result = await AccountGate.AuthorizeAsync(_store.Object, TestData.Member, TestData.AccountId, CrmAction.UpdateAccount, () => InputError);

        Assert.Same(InputError, result.Error);
    }

    [Fact]
    public async Task AuthorizeAsync_PermittedWithValidInput_ReturnsPartitionAndAccess()
    {
        var result = await AccountGate.AuthorizeAsync(_store.Object, TestData.Member, TestData.AccountId, CrmAction.UpdateAccount, () => null);

        Assert.True(result.IsSuccess);
        Assert.Equal(TestData.AccountId, result.Value.Partition.Account.Id);
        Assert.True(result.Value.Access.Can(CrmAction.UpdateAccount));
    }

    [Fact]
    public async Task AuthorizeAsync_Guest_LoadsSharedCommentsOnly()
    {
        await AccountGate.AuthorizeAsync(_store.Object, TestData.GuestB, TestData.AccountId, CrmAction.ViewAccount);

        _store.Verify(s => s.LoadAsync(TestData.Tenant, TestData.AccountId, It.Is<PartitionSlice>(p => p.SharedCommentsOnly), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("d2")]
    [InlineData("no-such-deal")]
    public async Task AuthorizeDealAsync_DealTheGuestMayNotSee_IsNotFound(string dealId)
    {
        var result = await AccountGate.AuthorizeDealAsync(_store.Object, TestData.GuestA, TestData.AccountId, dealId, CrmAction.ChangeDealStage);

        Assert.Equal(CrmErrorKind.NotFound, result.Error?.Kind);
    }

    [Fact]
    public async Task AuthorizeDealAsync_VisibleDealDeniedAction_IsForbiddenAndSkipsValidation()
    {
        var validated = false;

        var result = await AccountGate.AuthorizeDealAsync(
            _store.Object, TestData.GuestA, TestData.AccountId, "d1", CrmAction.ManageShares, () => { validated = true; return InputError; });

        Assert.Equal(CrmErrorKind.Forbidden, result.Error?.Kind);
        Assert.False(validated);
    }

    [Fact]
    public async Task AuthorizeDealAsync_GuestWithEditShare_ReturnsTheDeal()
    {
        var result = await AccountGate.AuthorizeDealAsync(_store.Object, TestData.GuestA, TestData.AccountId, "d1", CrmAction.ChangeDealStage, () => null);

        Assert.True(result.IsSuccess);
        Assert.Equal("d1", result.Value.Deal.Id);
        Assert.True(result.Value.Access.IsRedacted);
    }

    [Fact]
    public async Task AuthorizeDealAsync_PermittedWithInvalidInput_ReturnsTheValidationError()
    {
        var result = await AccountGate.AuthorizeDealAsync(_store.Object, TestData.Member, TestData.AccountId, "d2", CrmAction.UpdateDeal, () => InputError);

        Assert.Same(InputError, result.Error);
    }
}
