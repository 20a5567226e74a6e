using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>
/// Every guest action (comment, stage change, handoff answer, hand back) and every share change is in the account's
/// timeline for members, read from the audit trail and the handoff records, and rendered in the workspace; a guest's
/// workspace shows none of it (their own handoffs are theirs, never the audit trail).
/// </summary>
public sealed class PartnerAuditTimelineTests : WorkspaceTestContext
{
    private const string PatsComment = "Partner: the customer signed the pilot order";

    [Fact]
    public async Task Timeline_GuestActionsAndShareChanges_ForMembersOnly()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await GuestWorkedOnTheDealAsync();

        var member = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Timeline;
        var guest = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Pat, seeded.AccountId)).Timeline;

        var byPat = member.OfType<AuditTimelineEntry>().Where(e => e.Actor.UserId == WorkspaceWorld.Pat.UserId).Select(e => (e.RecordKind, e.Action)).ToList();
        Assert.Contains(("Comment", "Created"), byPat);
        Assert.Contains(member.OfType<StageChangeTimelineEntry>(), e => e.Actor.UserId == WorkspaceWorld.Pat.UserId && e.To == DealStage.Proposal);
        Assert.Contains(member.OfType<HandoffTimelineEntry>(), e => e.IsAnswer && e.Handoff.Status == HandoffStatus.Accepted && e.Handoff.To.UserId == WorkspaceWorld.Pat.UserId);
        Assert.Contains(member.OfType<HandoffTimelineEntry>(), e => !e.IsAnswer && e.Handoff.From.UserId == WorkspaceWorld.Pat.UserId && e.Handoff.To.UserId == WorkspaceWorld.Megan.UserId);
        Assert.Contains(member.OfType<AuditTimelineEntry>(), e => e.RecordKind == "Share" && e.Action == "Shared" && e.Subject == DemoTenant.FabrikamPartners.Name);
        Assert.Contains(member.OfType<ShareLevelTimelineEntry>(), e => e is { From: ShareLevel.Edit, To: ShareLevel.Contribute } && e.Partner == DemoTenant.FabrikamPartners.Name);
        Assert.Empty(guest.OfType<ShareLevelTimelineEntry>());
        Assert.Empty(guest.OfType<AuditTimelineEntry>());
        Assert.Empty(guest.OfType<StageChangeTimelineEntry>());
        Assert.All(guest.OfType<HandoffTimelineEntry>(), e => Assert.Contains(WorkspaceWorld.Pat.UserId, new[] { e.Handoff.From.UserId, e.Handoff.To.UserId }));
    }

    [Fact]
    public async Task Timeline_Rendered_MemberReadsWhatThePartnerDidAndTheGuestReadsNoAudit()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await GuestWorkedOnTheDealAsync();

        var page = RenderWorkspace(seeded.AccountId);

        var timeline = page.Find("#timeline-list").TextContent;
        Assert.Contains("Pat Reyes commented", timeline, StringComparison.Ordinal);
        Assert.Contains("Pat Reyes accepted Contoso Renewal from Megan Bowen", timeline, StringComparison.Ordinal);
        Assert.Contains("Pat Reyes handed Contoso Renewal to Megan Bowen", timeline, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen shared with Fabrikam Partners", timeline, StringComparison.Ordinal);
        Assert.Contains("Megan Bowen changed Fabrikam Partners's access to", timeline, StringComparison.Ordinal);
        Assert.Contains("Edit → Contribute", timeline, StringComparison.Ordinal);
        Assert.Contains(page.FindAll(".crm-timeline-entry[data-kind='stage']"), e => e.TextContent.Contains("Pat Reyes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_RenderedForTheGuest_NoAuditEntryNoShareChange()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await GuestWorkedOnTheDealAsync();

        var page = RenderWorkspace(seeded.AccountId);

        Assert.Empty(page.FindAll(".crm-timeline-entry[data-kind='audit'], .crm-timeline-entry[data-kind='stage'], .crm-timeline-entry[data-kind='interaction']"));
        Assert.DoesNotContain("Megan Bowen shared with", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("access to", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat Reyes commented", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkspaceWorld.OtherPartners.Name, page.Markup, StringComparison.Ordinal);
    }

    /// <summary>
    /// Megan hands the seeded open deal (shared at Edit) to Pat, who accepts, comments, moves it on and hands it back;
    /// then Megan lowers Fabrikam's share to Contribute (a second share change).
    /// </summary>
    private async Task<SeededAccount> GuestWorkedOnTheDealAsync()
    {
        var seeded = await SeededAccount.CreateAsync(World, fabrikamLevel: ShareLevel.Edit);
        var handoffs = World.Get<HandoffService>();
        var accounts = World.Get<AccountService>();
        var pending = Assert.Single(Ok(await accounts.GetCustomerCardAsync(WorkspaceWorld.Megan, seeded.AccountId)).Handoffs, h => h.IsPending);
        Ok(await handoffs.CancelAsync(WorkspaceWorld.Megan, seeded.AccountId, pending.Id));
        World.Tick();
        var offered = Ok(await handoffs.HandOffAsync(WorkspaceWorld.Megan, new HandoffRequest(seeded.AccountId, seeded.OpenDealId, WorkspaceWorld.Pat, "Please run it")));
        World.Tick();
        var accepted = Ok(await handoffs.AcceptAsync(WorkspaceWorld.Pat, seeded.AccountId, offered.Id));
        World.Tick();
        Ok(await World.Get<CommentService>().AddAsync(WorkspaceWorld.Pat, seeded.AccountId, new CommentInput(PatsComment, Visibility: CommentVisibility.Shared, DealId: seeded.OpenDealId)));
        World.Tick();
        Ok(await World.Get<DealService>().ChangeStageAsync(WorkspaceWorld.Pat, seeded.AccountId, seeded.OpenDealId, DealStage.Proposal, accepted.Deal.Version));
        World.Tick();
        Ok(await handoffs.HandOffAsync(WorkspaceWorld.Pat, new HandoffRequest(seeded.AccountId, seeded.OpenDealId, WorkspaceWorld.Megan, "Back to you")));
        World.Tick();
        Ok(await World.Get<ShareService>().ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Contribute));
        World.Tick();
        return seeded;
    }
}
