using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.MyCrm;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>
/// Two app instances on one Azurite: a share change made on one reaches a partner's open My CRM on the other within a
/// few seconds (<see cref="SharingVersionWatcher"/> polling the tenant's sharing marker, only while someone listens).
/// </summary>
public sealed class CrossInstanceSharingTests : WorkspaceTestContext
{
    [Fact]
    public async Task MyDeals_SharedThenUnsharedOnAnotherInstance_DealsComeAndGoWithoutReload()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World);
        var elsewhere = (await World.OtherInstanceAsync()).GetRequiredService<ShareService>();
        Ok(await elsewhere.UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
        using var watcher = new SharingVersionWatcher(World.Get<AccountChangeSignal>(), World.Get<ISharingVersion>(), TimeProvider.System, NullLogger<SharingVersionWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            var section = Render<MyDealsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
            section.WaitForAssertion(() => Assert.Contains("Nothing is shared with your organisation yet", section.Markup, StringComparison.Ordinal));
            await Task.Delay(SharingVersionWatcher.Interval * 2); // the watcher has seen the tenant at least once

            var shared = Stopwatch.StartNew();
            Ok(await elsewhere.ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Read));
            section.WaitForElement($"li.crm-my-deal[data-deal-id='{seeded.OpenDealId}']", TimeSpan.FromSeconds(10));
            Assert.True(shared.Elapsed < TimeSpan.FromSeconds(10), $"{shared.Elapsed}");

            Ok(await elsewhere.UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id));
            section.WaitForAssertion(() => Assert.Empty(section.FindAll("li.crm-my-deal")), TimeSpan.FromSeconds(10));
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task MyDeals_GuestRemovedFromTheirOrganisationOnAnotherInstance_ListEmptiesWithoutReload()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var seeded = await SeededAccount.CreateAsync(World);
        var elsewhere = (await World.OtherInstanceAsync()).GetRequiredService<PartnerOrganizationService>();
        var section = Render<MyDealsSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));
        section.WaitForElement($"li.crm-my-deal[data-deal-id='{seeded.OpenDealId}']");
        var watcher = new SharingVersionWatcher(World.Get<AccountChangeSignal>(), World.Get<ISharingVersion>(), TimeProvider.System, NullLogger<SharingVersionWatcher>.Instance);
        await watcher.CheckAsync(); // as while the page is open: the watcher has read the tenant's marker

        Ok(await elsewhere.RemoveMemberAsync(WorkspaceWorld.Megan, DemoTenant.FabrikamPartners.Id, DemoTenant.Pat.UserId));
        await watcher.CheckAsync(); // the marker moved: this instance forgets what it kept of the partners and tells the page

        section.WaitForAssertion(() => Assert.Empty(section.FindAll("li.crm-my-deal")));
    }

    [Fact]
    public async Task Watcher_NoOpenPage_ReadsNothing_OpenPage_OnePointReadPerTenant()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var signal = World.Get<AccountChangeSignal>();
        var watcher = new SharingVersionWatcher(signal, World.Get<ISharingVersion>(), TimeProvider.System, NullLogger<SharingVersionWatcher>.Instance);
        var heard = 0;

        var idle = await watcher.CheckAsync();
        int first, unchanged, moved;
        using (signal.SubscribeTenant(DemoTenant.TenantId, _ => Interlocked.Increment(ref heard)))
        {
            first = await watcher.CheckAsync(); // first sight of the tenant: tells the page once
            unchanged = heard;
            await watcher.CheckAsync();
            moved = heard;
            await (await World.OtherInstanceAsync()).GetRequiredService<ISharingVersion>().BumpAsync(DemoTenant.TenantId);
            await watcher.CheckAsync();
        }

        var afterClose = await watcher.CheckAsync();

        Assert.Equal((0, 1, 0), (idle, first, afterClose));
        Assert.Equal((1, 1, 2), (unchanged, moved, heard));
    }
}
