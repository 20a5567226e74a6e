using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>
/// The Partners panel changes a share only as the page shows it: a level change, stop sharing or new share against a
/// share someone else changed meanwhile changes nothing, says so with the access as it is now, and shows it.
/// </summary>
public sealed class PartnersPanelConflictTests : WorkspaceTestContext
{
    private static readonly string FabrikamShare = $".crm-share[data-org-id='{DemoTenant.FabrikamPartners.Id}']";

    [Fact]
    public async Task ChangeLevelAndStopSharing_ShareChangedMeanwhile_NothingChangesAndTheCurrentLevelIsShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var elsewhere = await ElsewhereAsync();
        WorkspaceWorld.Ok(await elsewhere.ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Edit));

        await page.Find($"{FabrikamShare} .crm-share-level").ChangeAsync(nameof(ShareLevel.Contribute));

        page.WaitForAssertion(() => Assert.Equal(
            "The sharing with Fabrikam Partners (whole account) was changed by someone else meanwhile; here it is now: Edit. Nothing was changed.",
            page.Find("#partners .crm-form-error").TextContent));
        Assert.Equal(ShareLevel.Edit, (await FabrikamAsync(seeded))?.Level);
        page.WaitForAssertion(() => Assert.Equal(nameof(ShareLevel.Edit), page.Find($"{FabrikamShare} .crm-share-level").GetAttribute("value")));

        WorkspaceWorld.Ok(await elsewhere.ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, DemoTenant.FabrikamPartners.Id, ShareLevel.Read));
        await page.Find($"{FabrikamShare} .crm-share-remove").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("here it is now: Read.", page.Find("#partners .crm-form-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(ShareLevel.Read, (await FabrikamAsync(seeded))?.Level);
    }

    [Fact]
    public async Task ShareForm_SharedMeanwhileAtAnotherLevel_German_DoesNotOverwriteIt()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE"); // here, so the culture stays with the test
        var seeded = await SeededAccount.CreateAsync(World);
        WorkspaceWorld.Ok(await World.Get<ShareService>().UnshareAsync(WorkspaceWorld.Megan, seeded.AccountId, WorkspaceWorld.OtherPartners.Id));
        var page = RenderWorkspace(seeded.AccountId);
        WorkspaceWorld.Ok(await (await ElsewhereAsync()).ShareAsync(WorkspaceWorld.Megan, seeded.AccountId, WorkspaceWorld.OtherPartners.Id, ShareLevel.Edit));

        await page.Find("#share-org").ChangeAsync(WorkspaceWorld.OtherPartners.Id);
        await page.Find("#share-level").ChangeAsync(nameof(ShareLevel.Read));
        await page.Find("#share-form").SubmitAsync(EventArgs.Empty);

        page.WaitForAssertion(() => Assert.Equal(
            "Die Freigabe für Northwind Partners (ganzer Kunde) wurde inzwischen von jemand anderem geändert; jetzt gilt: Bearbeiten. Es wurde nichts geändert.",
            page.Find("#share-form .crm-form-error").TextContent));
        var shares = WorkspaceWorld.Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Shares;
        Assert.Equal(ShareLevel.Edit, shares.Single(s => s.PartnerOrganizationId == WorkspaceWorld.OtherPartners.Id && s.DealId is null).Level);
    }

    /// <summary>The share service of another app instance: its changes do not reach this page's live signal (someone else's tab, meanwhile).</summary>
    private async Task<ShareService> ElsewhereAsync() => (await World.OtherInstanceAsync()).GetRequiredService<ShareService>();

    private async Task<Share?> FabrikamAsync(SeededAccount seeded) =>
        WorkspaceWorld.Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Shares
            .SingleOrDefault(s => s.PartnerOrganizationId == DemoTenant.FabrikamPartners.Id && s.DealId is null);
}
