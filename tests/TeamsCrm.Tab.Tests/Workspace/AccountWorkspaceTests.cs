using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Workspace;

/// <summary>The workspace read model against Azurite: what a member sees, and that a partner's workspace lacks every internal part.</summary>
public sealed class AccountWorkspaceTests
{
    [Fact]
    public async Task LoadAsync_Member_SeesEveryPartOfTheAccount()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);

        var workspace = WorkspaceWorld.Ok(await world.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId));

        Assert.Equal(SeededAccount.Segment, workspace.Account.Segment);
        Assert.False(workspace.IsRedacted);
        Assert.Equal([seeded.OpenDealId, seeded.ClosedDealId], workspace.Deals.Select(d => d.Deal.Id));
        Assert.All(workspace.Deals, d => Assert.Equal(SeededAccount.Source, d.Deal.Source));
        Assert.Equal(DealStages.DefaultProbability(DealStage.Qualified), workspace.Deals[0].Deal.Probability);
        Assert.Equal(DealStage.Lost, workspace.Deals[1].Deal.Stage);
        Assert.Equal([seeded.SharedCommentId, seeded.InternalCommentId], workspace.Comments.Items.Select(c => c.Id));
        Assert.Equal(seeded.TaskId, Assert.Single(workspace.Tasks).Id);
        Assert.Equal([DemoTenant.FabrikamPartners.Name, WorkspaceWorld.OtherPartners.Name], workspace.Shares.Select(s => s.PartnerOrganizationName).Order());
        Assert.Equal(SeededAccount.HandoffNote, Assert.Single(workspace.Handoffs).Note);
        Assert.Equal(seeded.ContactId, Assert.Single(workspace.Contacts).Id);
        Assert.Contains(workspace.Timeline, e => e is InteractionTimelineEntry i && i.Interaction.Summary == SeededAccount.InteractionSummary && i.ContactName == "Emma Hughes");
        Assert.Contains(workspace.Timeline, e => e is StageChangeTimelineEntry { From: DealStage.New, To: DealStage.Qualified, DealTitle: "Contoso Renewal" });
        Assert.Contains(workspace.Timeline, e => e is HandoffTimelineEntry { IsAnswer: false, DealTitle: "Contoso Renewal" });
        Assert.Contains(workspace.Timeline, e => e is AuditTimelineEntry { RecordKind: "Task", Action: "Created", Subject: SeededAccount.TaskTitle });
        Assert.Contains(workspace.Timeline, e => e is AuditTimelineEntry { RecordKind: "Share", Action: "Shared", Subject: "Northwind Partners" });
        Assert.Equal(workspace.Timeline.OrderByDescending(e => e.At), workspace.Timeline);
        Assert.Equal(new WorkspacePermissions(true, true, true, true, true, true, true, true), workspace.Permissions);
    }

    [Fact]
    public async Task LoadAsync_Guest_GetsNoInternalPart()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);

        var workspace = WorkspaceWorld.Ok(await world.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Pat, seeded.AccountId));

        Assert.True(workspace.IsRedacted);
        Assert.Null(workspace.Account.Segment);
        Assert.Equal(2, workspace.Deals.Count);
        Assert.All(workspace.Deals, d => Assert.Null(d.Deal.Probability));
        Assert.All(workspace.Deals, d => Assert.Null(d.Deal.Source));
        Assert.All(workspace.Deals, d => Assert.Empty(d.Deal.AllowedStages));
        Assert.Equal(seeded.SharedCommentId, Assert.Single(workspace.Comments.Items).Id);
        Assert.All(workspace.Comments.Items, c => Assert.Equal(CommentVisibility.Shared, c.Visibility));
        Assert.Empty(workspace.Tasks);
        Assert.Empty(workspace.Handoffs); // a handoff between two members is other people's
        Assert.Equal(DemoTenant.FabrikamPartners.Id, Assert.Single(workspace.Shares).PartnerOrganizationId);
        Assert.Empty(workspace.Timeline); // no interactions, no audit, no stage changes, no other people's handoffs
        Assert.Equal(new WorkspacePermissions(false, false, false, false, false, false, false, false), workspace.Permissions);
    }

    [Fact]
    public async Task LoadAsync_GuestWithOneDealShared_SeesThatDealOnlyAndNoContacts()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        WorkspaceWorld.Ok(await world.Get<ShareService>().UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
        WorkspaceWorld.Ok(await world.Get<ShareService>().ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit, seeded.OpenDealId));

        var workspace = WorkspaceWorld.Ok(await world.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Pat, seeded.AccountId));

        var deal = Assert.Single(workspace.Deals);
        Assert.Equal(seeded.OpenDealId, deal.Deal.Id);
        Assert.True(deal.CanEdit);
        Assert.Equal([DealStage.New, DealStage.Proposal, DealStage.Lost], deal.Deal.AllowedStages);
        Assert.Empty(workspace.Contacts);
        Assert.Empty(workspace.Comments.Items); // the shared comment is on the account, which is not shared
        Assert.Equal(seeded.OpenDealId, Assert.Single(workspace.Shares).DealId);
    }

    [Theory]
    [InlineData("unshared")]
    [InlineData("malformed")]
    [InlineData("missing")]
    public async Task LoadAsync_AccountTheCallerMayNotSee_IsNotFound(string which)
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        WorkspaceWorld.Ok(await world.Get<ShareService>().UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
        var (caller, accountId) = which switch
        {
            "unshared" => (WorkspaceWorld.Pat, seeded.AccountId),
            "malformed" => (WorkspaceWorld.Megan, "not-an-id'or'1'='1"),
            _ => (WorkspaceWorld.Megan, CrmIds.New(world.Time)),
        };
        var service = world.Get<WorkspaceService>();

        Assert.Equal(CrmErrorKind.NotFound, (await service.LoadAsync(caller, accountId)).Error?.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await service.CommentsAsync(caller, accountId)).Error?.Kind);
        Assert.Equal(CrmErrorKind.NotFound, (await service.PeopleContextAsync(caller, accountId)).Error?.Kind);
    }

    [Fact]
    public async Task LoadAsync_AnotherTenantsCaller_IsNotFound()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var stranger = WorkspaceWorld.Megan with { TenantId = "c0ffee00-0000-4000-8000-000000000001" };

        Assert.Equal(CrmErrorKind.NotFound, (await world.Get<WorkspaceService>().LoadAsync(stranger, seeded.AccountId)).Error?.Kind);
    }
}
