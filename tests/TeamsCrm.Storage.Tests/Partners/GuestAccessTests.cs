using System.Text.Json;

namespace TeamsCrm.Storage.Tests.Partners;

public sealed class GuestAccessTests
{
    private const string Tenant = "tenant-guests";
    private static readonly PartnerOrganization Partner = new("fabrikam-partners", "Fabrikam Partners", []);

    [Fact]
    public async Task Guest_WithDealShare_SeesRedactedCardAndActsOnlyOnThatDeal()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Partner);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var pat = CrmTestStore.Guest(Tenant, "Pat", Partner.Id);
        var account = (await crm.Accounts.CreateAsync(megan, new AccountInput("Contoso Ltd", Segment: "Strategic-Secret"))).Value!;
        var shared = await crm.DealAsync(megan, account, "Rollout");
        var hidden = await crm.DealAsync(megan, account, "Confidential upsell");
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Edit, shared.Id);
        crm.Tick();
        await crm.Comments.AddAsync(megan, account.Id, new CommentInput("Internal: margin is thin"));
        crm.Tick();
        await crm.Comments.AddAsync(megan, account.Id, new CommentInput("Kick-off on Monday", Visibility: CommentVisibility.Shared, DealId: shared.Id));
        await crm.Interactions.LogAsync(megan, account.Id, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, "Private call notes"));

        var card = (await crm.Accounts.GetCustomerCardAsync(pat, account.Id)).Value!;
        var json = JsonSerializer.Serialize(card);

        Assert.True(card.IsRedacted);
        Assert.Equal(shared.Id, Assert.Single(card.OpenDeals).Id);
        Assert.Equal("Kick-off on Monday", Assert.Single(card.LatestComments).Text);
        Assert.Empty(card.RecentInteractions);
        Assert.Empty(card.KeyContacts);
        Assert.DoesNotContain("Strategic-Secret", json, StringComparison.Ordinal);
        Assert.DoesNotContain("margin is thin", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential upsell", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Private call notes", json, StringComparison.Ordinal);

        Assert.True((await crm.Deals.ChangeStageAsync(pat, account.Id, shared.Id, DealStage.Qualified, null)).IsSuccess);
        Assert.Equal(CrmErrorKind.NotFound, (await crm.Deals.ChangeStageAsync(pat, account.Id, hidden.Id, DealStage.Qualified, null)).Error!.Kind);
        Assert.Equal(ErrorCodes.GuestCommentsAreShared, (await crm.Comments.AddAsync(pat, account.Id, new CommentInput("hi", DealId: shared.Id))).Error!.Code);
        Assert.True((await crm.Comments.AddAsync(pat, account.Id, new CommentInput("hi", Visibility: CommentVisibility.Shared, DealId: shared.Id))).IsSuccess);
        Assert.Equal(CrmErrorKind.Forbidden, (await crm.Interactions.LogAsync(pat, account.Id, new InteractionInput(InteractionChannel.Email, InteractionDirection.Inbound, "x"))).Error!.Kind);
        Assert.Equal(CrmErrorKind.Forbidden, (await crm.Accounts.UpdateAsync(pat, account.Id, new AccountInput("Pwned"), null)).Error!.Kind);
    }

    [Fact]
    public async Task Guest_OfOtherOrganisationOrWithoutOne_FindsNothing()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Partner);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var account = await crm.AccountAsync(megan, "Fabrikam Inc");
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Read);

        foreach (var outsider in new[] { CrmTestStore.Guest(Tenant, "Eve", "other-partner"), CrmTestStore.Guest(Tenant, "Nobody", null) })
        {
            Assert.Equal(CrmErrorKind.NotFound, (await crm.Accounts.GetCustomerCardAsync(outsider, account.Id)).Error!.Kind);
            Assert.Equal(CrmErrorKind.NotFound, (await crm.Accounts.GetNameAsync(outsider, account.Id)).Error!.Kind);
            Assert.Empty((await crm.Search.SearchAsync(outsider, "fabrikam")).Value!);
        }

        Assert.Equal("Fabrikam Inc", (await crm.Accounts.GetNameAsync(CrmTestStore.Guest(Tenant, "Pat", Partner.Id), account.Id)).Value);
    }

    [Fact]
    public async Task HandOffAsync_ToGuest_NeedsEditShareThenGuestAcceptsAndOwns()
    {
        var crm = await CrmTestStore.CreateAsync();
        await crm.Partners.UpsertAsync(Tenant, Partner);
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var pat = CrmTestStore.Guest(Tenant, "Pat", Partner.Id);
        var account = await crm.AccountAsync(megan, "Adventure Works");
        var deal = await crm.DealAsync(megan, account, "Reseller deal");
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Read);

        var refused = await crm.Handoffs.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, pat));
        await crm.Shares.ShareAsync(megan, account.Id, Partner.Id, ShareLevel.Edit, deal.Id);
        var handoff = await crm.HandOffAsync(megan, new HandoffRequest(account.Id, deal.Id, pat));
        var waiting = await crm.MyWork.HandoffsWaitingAsync(pat);
        var accepted = await crm.Handoffs.AcceptAsync(pat, account.Id, handoff.Id);

        Assert.Equal(ErrorCodes.HandoffRecipientCannotSeeDeal, refused.Error!.Code);
        Assert.Equal(handoff.Id, Assert.Single(waiting).Item.Id);
        Assert.Equal(pat.UserId, accepted.Value!.Deal.Owner.UserId);
        Assert.Equal(deal.Id, Assert.Single(await crm.MyWork.OpenDealsAsync(pat)).Item.Id);
    }

    [Fact]
    public async Task Comments_OnlyAuthorEditsOrDeletes()
    {
        var crm = await CrmTestStore.CreateAsync();
        var megan = CrmTestStore.Member(Tenant, "Megan");
        var lukas = CrmTestStore.Member(Tenant, "Lukas");
        var account = await crm.AccountAsync(megan, "Litware Inc");
        var comment = (await crm.Comments.AddAsync(megan, account.Id, new CommentInput("First version", [lukas.AsPerson()]))).Value!;

        Assert.Equal(ErrorCodes.CommentOnlyAuthor, (await crm.Comments.EditAsync(lukas, account.Id, comment.Id, "Hijacked")).Error!.Code);
        Assert.Equal("Second version", (await crm.Comments.EditAsync(megan, account.Id, comment.Id, "Second version")).Value!.Text);
        Assert.True((await crm.Comments.DeleteAsync(megan, account.Id, comment.Id)).Value!.IsDeleted);
        Assert.Equal(ErrorCodes.CommentDeleted, (await crm.Comments.EditAsync(megan, account.Id, comment.Id, "Again")).Error!.Code);
        var listed = Assert.Single((await crm.Comments.ListAsync(megan, account.Id)).Value!);
        Assert.Equal(string.Empty, listed.Text);
    }
}
