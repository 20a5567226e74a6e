using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.MyCrm;

/// <summary>My CRM's two Core reads against Azurite: upcoming customer meetings and others' recent changes on my accounts.</summary>
public sealed class MyCrmServicesTests
{
    [Fact]
    public async Task UpcomingMeetings_Owner_TheComingMeetingWithSubjectAndAccount()
    {
        var world = await WorkspaceWorld.StartAsync(MyCrmWorld.Scripted);
        var seeded = await SeededAccount.CreateAsync(world);

        var meetings = await world.Get<UpcomingMeetingsService>().ListAsync(WorkspaceWorld.Megan);

        var meeting = Assert.Single(meetings);
        Assert.Equal("m-next", meeting.Item.MeetingId);
        Assert.Equal(ScriptedPeopleContext.Subject, meeting.Item.Subject);
        Assert.Equal(seeded.AccountId, meeting.AccountId);
        Assert.Equal("Contoso Ltd", meeting.AccountName);
        Assert.True(meeting.Item.Start > world.Time.GetUtcNow());
    }

    [Fact]
    public async Task UpcomingMeetings_SeveralAccounts_SoonestFirstOncePerAccount()
    {
        var world = await WorkspaceWorld.StartAsync(MyCrmWorld.Scripted);
        var first = await SeededAccount.CreateAsync(world);
        var second = await SeededAccount.CreateAsync(world, name: "Contoso Germany");

        var meetings = await world.Get<UpcomingMeetingsService>().ListAsync(WorkspaceWorld.Megan);

        Assert.Equal(2, meetings.Count);
        Assert.Equal(new[] { first.AccountId, second.AccountId }.Order(), meetings.Select(m => m.AccountId).Order());
        Assert.All(meetings, m => Assert.Equal("m-next", m.Item.MeetingId));
    }

    [Fact]
    public async Task UpcomingMeetings_NotOwnerAndGuest_Nothing()
    {
        var world = await WorkspaceWorld.StartAsync(MyCrmWorld.Scripted);
        await SeededAccount.CreateAsync(world);
        var service = world.Get<UpcomingMeetingsService>();

        Assert.Empty(await service.ListAsync(WorkspaceWorld.Lukas));
        Assert.Empty(await service.ListAsync(WorkspaceWorld.Pat));
    }

    [Fact]
    public async Task RecentActivity_ColleagueChanges_NewestFirstWithoutMyOwn()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        await MyCrmWorld.LukasChangesAsync(world, seeded);
        WorkspaceWorld.Ok(await world.Get<CommentService>().AddAsync(WorkspaceWorld.Megan, seeded.AccountId, new CommentInput("Megan's own note")));

        var entries = await world.Get<OwnedAccountChangesService>().ListAsync(WorkspaceWorld.Megan);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(seeded.AccountId, e.AccountId));
        Assert.Equal(MyCrmWorld.LukasCall, Assert.IsType<InteractionTimelineEntry>(entries[0].Item).Interaction.Summary);
        var comment = Assert.IsType<AuditTimelineEntry>(entries[1].Item);
        Assert.Equal(("Comment", "Created", WorkspaceWorld.Lukas.UserId), (comment.RecordKind, comment.Action, comment.Actor.UserId));
    }

    [Fact]
    public async Task RecentActivity_MoreAuditEntriesThanItReads_TheNewestChangeIsShown()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var comments = world.Get<CommentService>();
        for (var i = 0; i < OwnedAccountChangesService.AuditKeep + 5; i++)
        {
            world.Time.Advance(TimeSpan.FromMinutes(1));
            WorkspaceWorld.Ok(await comments.AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput($"Lukas's note {i}")));
        }

        world.Time.Advance(TimeSpan.FromMinutes(1));
        var newest = WorkspaceWorld.Ok(await comments.AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Lukas's newest note")));

        var entries = await world.Get<OwnedAccountChangesService>().ListAsync(WorkspaceWorld.Megan);

        var first = Assert.IsType<AuditTimelineEntry>(entries[0].Item);
        Assert.Equal(newest.CreatedAt, first.When);
    }

    [Fact]
    public async Task RecentActivity_OnlyMyOwnChanges_Nothing()
    {
        var world = await WorkspaceWorld.StartAsync();
        await SeededAccount.CreateAsync(world);

        Assert.Empty(await world.Get<OwnedAccountChangesService>().ListAsync(WorkspaceWorld.Megan));
    }

    [Fact]
    public async Task RecentActivity_NotOwnerAndGuest_Nothing()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        await MyCrmWorld.LukasChangesAsync(world, seeded);
        var service = world.Get<OwnedAccountChangesService>();

        Assert.Empty(await service.ListAsync(WorkspaceWorld.Lukas));
        Assert.Empty(await service.ListAsync(WorkspaceWorld.Pat));
    }

    [Fact]
    public async Task RecentActivity_ManyChanges_AtMostTheLimit()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var comments = world.Get<CommentService>();
        for (var i = 1; i <= OwnedAccountChangesService.EntryLimit + 3; i++)
        {
            world.Tick();
            WorkspaceWorld.Ok(await comments.AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput($"Note {i}")));
        }

        var entries = await world.Get<OwnedAccountChangesService>().ListAsync(WorkspaceWorld.Megan);

        Assert.Equal(OwnedAccountChangesService.EntryLimit, entries.Count);
        Assert.Equal(entries.OrderByDescending(e => e.Item.At).Select(e => e.Item.At), entries.Select(e => e.Item.At));
    }
}
