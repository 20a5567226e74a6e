using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.MyCrm;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>
/// A partner's open tab follows share changes at once, without a reload: an open workspace reads everything again when
/// the share changes (a higher level shows its controls, an unshared account is gone), and My CRM's deal and handoff
/// lists follow the tenant's change feed (a newly shared account's deals appear, a handoff offered to them shows up).
/// </summary>
public sealed class PartnerLiveTabTests : WorkspaceTestContext
{
    [Fact]
    public async Task Workspace_GuestOpenAndTheShareIsTakenBack_NotFoundWithoutReload()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Pat);
        Assert.Contains(SeededAccount.SharedComment, page.Markup, StringComparison.Ordinal);

        Ok(await World.Get<ShareService>().UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));

        page.WaitForElement("#workspace-not-found");
        Assert.DoesNotContain(SeededAccount.SharedComment, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso Renewal", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_GuestOpenAndTheLevelIsRaised_CommentFormAppearsWithoutRefresh()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Pat);
        Assert.Empty(page.FindAll("#comment-form"));

        Ok(await World.Get<ShareService>().ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Contribute));

        page.WaitForElement("#comment-form");
        Assert.Empty(page.FindAll("#workspace-stale"));
    }

    [Fact]
    public async Task Workspace_MemberOpenAndSomeoneElseShares_OffersARefreshAsBefore()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);

        Ok(await World.Get<ShareService>().ShareAsync(WorkspaceWorld.Lukas, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit));

        page.WaitForElement("#workspace-stale");
    }

    [Fact]
    public async Task MyDeals_GuestOpenAndAnAccountIsSharedThenUnshared_DealsComeAndGoWithoutReload()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World);
        var shares = World.Get<ShareService>();
        Ok(await shares.UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
        var section = Render<MyDealsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
        section.WaitForAssertion(() => Assert.Contains("Nothing is shared with your organisation yet", section.Markup, StringComparison.Ordinal));

        Ok(await shares.ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Read));
        section.WaitForElement($"li.crm-my-deal[data-deal-id='{seeded.OpenDealId}']");
        Assert.Equal("Your organisation's open deals", section.Find("h2").TextContent);
        Assert.Empty(section.FindAll($"li.crm-my-deal[data-deal-id='{seeded.ClosedDealId}']"));

        Ok(await shares.UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
        section.WaitForAssertion(() => Assert.Empty(section.FindAll("li.crm-my-deal")));
    }

    [Fact]
    public async Task HandoffsWaiting_GuestOpenAndAMemberHandsADealToThem_AppearsWithoutReload()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World, fabrikamLevel: ShareLevel.Edit);
        var handoffs = World.Get<Core.Handoffs.HandoffService>();
        var pending = Assert.Single(Ok(await World.Get<Core.Accounts.AccountService>().GetCustomerCardAsync(WorkspaceWorld.Megan, seeded.AccountId)).Handoffs, h => h.IsPending);
        Ok(await handoffs.CancelAsync(WorkspaceWorld.Megan, seeded.AccountId, pending.Id));
        var section = Render<HandoffsWaitingSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
        section.WaitForAssertion(() => Assert.Empty(section.FindAll("li.crm-handoff-waiting")));

        var offered = Ok(await handoffs.HandOffAsync(WorkspaceWorld.Megan, new Core.Handoffs.HandoffRequest(seeded.AccountId, seeded.OpenDealId, WorkspaceWorld.Pat, "Over to you")));

        section.WaitForElement($"li.crm-handoff-waiting[data-handoff-id='{offered.Id}']");
    }

    [Fact]
    public async Task MyDeals_Dispose_StopsListeningToTheTenant()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var signal = World.Get<AccountChangeSignal>();
        var section = Render<MyDealsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
        section.WaitForAssertion(() => Assert.Equal(1, signal.SubscriberCount(WorkspaceWorld.Pat.TenantId, string.Empty)));

        await DisposeComponentsAsync();

        Assert.Equal(0, signal.SubscriberCount(WorkspaceWorld.Pat.TenantId, string.Empty));
    }

    [Fact]
    public async Task MyDeals_GuestOpenAndRemovedFromTheirOrganisation_ListEmptiesWithoutReload()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World);
        var section = Render<MyDealsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
        section.WaitForElement($"li.crm-my-deal[data-deal-id='{seeded.OpenDealId}']");
        var watcher = new SharingVersionWatcher(World.Get<AccountChangeSignal>(), World.Get<ISharingVersion>(), TimeProvider.System, NullLogger<SharingVersionWatcher>.Instance);
        await watcher.CheckAsync(); // the watcher knows the tenant's sharing version, as it does while the page is open

        Ok(await World.Get<PartnerOrganizationService>().RemoveMemberAsync(WorkspaceWorld.Megan, DemoTenant.FabrikamPartners.Id, DemoTenant.Pat.UserId));
        await watcher.CheckAsync(); // the version moved: the open page is told

        section.WaitForAssertion(() => Assert.Empty(section.FindAll("li.crm-my-deal")));
        Assert.DoesNotContain(seeded.OpenDealId, section.Markup, StringComparison.Ordinal);
    }
}
