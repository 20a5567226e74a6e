using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Workspace;

/// <summary>
/// The workspace timeline page by page against Azurite: the newest page is exactly the start of the whole timeline,
/// although interactions and audit entries are read as separate feeds; "show older" in the page reads further.
/// </summary>
public sealed class TimelinePagingTests : WorkspaceTestContext
{
    private const int Calls = 60;

    [Fact]
    public async Task LoadAsync_LongerThanAPage_NewestPageIsTheStartOfTheWholeTimeline()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeedCallsAsync();
        var service = World.Get<WorkspaceService>();

        var first = Ok(await service.LoadAsync(WorkspaceWorld.Megan, seeded.AccountId));
        var all = Ok(await service.LoadAsync(WorkspaceWorld.Megan, seeded.AccountId, timelineTake: WorkspaceService.MaxTimeline));

        Assert.Equal(WorkspaceService.TimelinePageSize, first.Timeline.Count);
        Assert.True(first.HasOlderTimeline);
        Assert.False(all.HasOlderTimeline);
        Assert.Equal($"Call {Calls}", Assert.IsType<InteractionTimelineEntry>(first.Timeline[0]).Interaction.Summary);
        Assert.Equal(Calls + 1, all.Timeline.OfType<InteractionTimelineEntry>().Count()); // the seeded call too
        Assert.Contains(all.Timeline, e => e is AuditTimelineEntry { RecordKind: "Account", Action: "Created" });
        Assert.Equal(all.Timeline.Take(first.Timeline.Count).Select(Describe), first.Timeline.Select(Describe));
    }

    [Fact]
    public async Task ShowOlder_InThePage_ShowsTheNextEntriesUntilNoneAreLeft()
    {
        await StartAsync(WorkspaceWorld.Megan);
        var seeded = await SeedCallsAsync();
        var page = RenderWorkspace(seeded.AccountId);
        Assert.Equal(WorkspaceService.TimelinePageSize, page.FindAll("#timeline-list .crm-timeline-entry").Count);

        await page.Find("#timeline-more").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#timeline-more")));
        var shown = page.FindAll("#timeline-list .crm-timeline-entry");
        Assert.True(shown.Count > Calls, $"{shown.Count} entries shown");
        Assert.Contains(shown, e => e.TextContent.Contains("created the account", StringComparison.Ordinal));
    }

    private async Task<SeededAccount> SeedCallsAsync()
    {
        var seeded = await SeededAccount.CreateAsync(World);
        var interactions = World.Get<InteractionService>();
        for (var i = 1; i <= Calls; i++)
        {
            World.Tick(60);
            Ok(await interactions.LogAsync(WorkspaceWorld.Megan, seeded.AccountId, new InteractionInput(InteractionChannel.Phone, InteractionDirection.Outbound, $"Call {i}")));
        }

        return seeded;
    }

    private static string Describe(TimelineEntry entry) => entry switch
    {
        InteractionTimelineEntry i => $"{i.At:O} interaction {i.Interaction.Id}",
        AuditTimelineEntry a => $"{a.At:O} {a.RecordKind} {a.Action}",
        _ => $"{entry.At:O} {entry.GetType().Name}",
    };
}
