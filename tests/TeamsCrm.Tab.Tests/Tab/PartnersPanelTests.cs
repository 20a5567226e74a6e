using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Partners;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>Partners: a member changes a share's level, takes a share back and shares one deal, through ShareService.</summary>
public sealed class PartnersPanelTests : WorkspaceTestContext
{
    [Fact]
    public async Task ChangeLevelUnshareAndShareADeal_SavedAndShown()
    {
        var (seeded, page) = await OpenSeededAsync(WorkspaceWorld.Megan);
        var fabrikam = $".crm-share[data-org-id='{DemoTenant.FabrikamPartners.Id}']";
        var northwind = $".crm-share[data-org-id='{WorkspaceWorld.OtherPartners.Id}']";

        await page.Find($"{fabrikam} .crm-share-level").ChangeAsync(nameof(ShareLevel.Edit));
        await page.Find($"{northwind} .crm-share-remove").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(northwind)));
        await page.Find("#share-org").ChangeAsync(WorkspaceWorld.OtherPartners.Id);
        await page.Find("#share-scope").ChangeAsync(seeded.OpenDealId);
        await page.Find("#share-level").ChangeAsync(nameof(ShareLevel.Contribute));
        await page.Find("#share-form").SubmitAsync(EventArgs.Empty);

        var shares = Ok(await World.Get<WorkspaceService>().LoadAsync(WorkspaceWorld.Megan, seeded.AccountId)).Shares;
        Assert.Equal(
            [(DemoTenant.FabrikamPartners.Id, (string?)null, ShareLevel.Edit), (WorkspaceWorld.OtherPartners.Id, seeded.OpenDealId, ShareLevel.Contribute)],
            shares.Select(s => (s.PartnerOrganizationId, s.DealId, s.Level)).OrderBy(s => s.PartnerOrganizationId));
        page.WaitForAssertion(() => Assert.Contains("deal Contoso Renewal", page.Find($"{northwind}[data-deal-id='{seeded.OpenDealId}']").TextContent, StringComparison.Ordinal));
    }
}
