using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Workspace;

/// <summary>The workspace's other reads against Azurite: comment pages, people search and partner organisations, member vs guest.</summary>
public sealed class WorkspaceServiceTests
{
    [Fact]
    public async Task CommentsAsync_MoreThanAPage_NewestFirstWithMoreToShow()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var comments = world.Get<CommentService>();
        for (var i = 1; i <= 25; i++)
        {
            world.Tick();
            WorkspaceWorld.Ok(await comments.AddAsync(WorkspaceWorld.Megan, seeded.AccountId, new CommentInput($"Note {i}")));
        }

        var service = world.Get<WorkspaceService>();
        var first = WorkspaceWorld.Ok(await service.LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Comments;
        var all = WorkspaceWorld.Ok(await service.CommentsAsync(WorkspaceWorld.Megan, seeded.AccountId, 40));

        Assert.Equal(WorkspaceService.CommentPageSize, first.Items.Count);
        Assert.True(first.HasMore);
        Assert.Equal("Note 25", first.Items[0].Text);
        Assert.Equal(27, all.Items.Count);
        Assert.False(all.HasMore);
        Assert.Equal(all.Items.OrderByDescending(c => c.CreatedAt).Select(c => c.Id), all.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task CommentsAsync_Guest_ReadsSharedCommentsOnly()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);

        var page = WorkspaceWorld.Ok(await world.Get<WorkspaceService>().CommentsAsync(WorkspaceWorld.Pat, seeded.AccountId, 50));

        Assert.Equal([SeededAccount.SharedComment], page.Items.Select(c => c.Text));
    }

    [Fact]
    public async Task FindPeopleAsync_MemberAndGuest_OnlyAMemberFindsAnyone()
    {
        var world = await WorkspaceWorld.StartAsync();
        var service = world.Get<WorkspaceService>();

        var forMember = await service.FindPeopleAsync(WorkspaceWorld.Megan, "Pat", membersOnly: false);
        var assignees = await service.FindPeopleAsync(WorkspaceWorld.Megan, "Pat", membersOnly: true);
        var forGuest = await service.FindPeopleAsync(WorkspaceWorld.Pat, "Luk", membersOnly: false);

        Assert.Equal(WorkspaceWorld.Pat.UserId, Assert.Single(forMember).UserId);
        Assert.Empty(assignees);
        Assert.Empty(forGuest);
        Assert.Equal(WorkspaceWorld.Lukas.UserId, Assert.Single(await service.FindPeopleAsync(WorkspaceWorld.Megan, "Luk", membersOnly: true)).UserId);
    }

    [Fact]
    public async Task PartnerOrganizationsAsync_MemberAndGuest_OnlyAMemberMayListThem()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world, fabrikamLevel: ShareLevel.Edit);
        var service = world.Get<ShareService>();

        var forMember = WorkspaceWorld.Ok(await service.PartnerOrganizationsAsync(WorkspaceWorld.Megan, seeded.AccountId));
        var forGuest = await service.PartnerOrganizationsAsync(WorkspaceWorld.Pat, seeded.AccountId);

        Assert.Equal([DemoTenant.FabrikamPartners.Name, WorkspaceWorld.OtherPartners.Name], forMember.Select(p => p.Name));
        Assert.Equal(CrmErrorKind.Forbidden, forGuest.Error?.Kind);
    }
}
