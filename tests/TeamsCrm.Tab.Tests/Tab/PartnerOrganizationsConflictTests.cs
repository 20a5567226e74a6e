using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Settings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.PartnerOrganizations;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>
/// The partner organisations page changes an organisation only as the page shows it: a change made meanwhile by someone
/// else — on this app instance or another — is said as such, nothing changes, and the page shows the organisation as it
/// is now, so the next try works.
/// </summary>
public sealed class PartnerOrganizationsConflictTests : WorkspaceTestContext
{
    private static readonly string Fabrikam = $".crm-org[data-org-id='{DemoTenant.FabrikamPartners.Id}']";
    private static readonly string PatInFabrikam = $"{Fabrikam} .crm-org-member[data-user-id='{DemoTenant.Pat.UserId}']";
    private static readonly Caller Admin = DemoTenant.Megan with { IsCrmAdmin = true };

    [Fact]
    public async Task RemoveGuest_RenamedOnAnotherInstanceMeanwhile_SaysSoShowsItNowAndTheNextTryRemoves()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);
        var other = await World.OtherInstanceAsync();
        WorkspaceWorld.Ok(await other.GetRequiredService<PartnerOrganizationService>().RenameAsync(Admin, DemoTenant.FabrikamPartners.Id, "Fabrikam Resellers"));

        await page.Find($"{PatInFabrikam} .crm-org-remove").ClickAsync(new MouseEventArgs());
        await page.Find($"{PatInFabrikam} .crm-org-remove-confirm").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal(
            "Fabrikam Resellers was changed by someone else meanwhile; here it is now. Nothing was changed — please check and try again.",
            page.Find(".crm-org-conflict").TextContent));
        Assert.Equal("Fabrikam Resellers", page.Find($"{Fabrikam} .crm-org-name").TextContent); // as it is now, although this instance keeps the list
        Assert.Equal(DemoTenant.FabrikamPartners.Id, (await World.Get<IPartnerDirectory>().FindByMemberAsync(DemoTenant.TenantId, DemoTenant.Pat.UserId))?.Id);
        Assert.NotEmpty(page.FindAll(PatInFabrikam));

        await page.Find($"{PatInFabrikam} .crm-org-remove").ClickAsync(new MouseEventArgs());
        await page.Find($"{PatInFabrikam} .crm-org-remove-confirm").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Empty(page.FindAll(PatInFabrikam)));
        Assert.Empty(page.FindAll(".crm-org-conflict"));
        Assert.Null(await World.Get<IPartnerDirectory>().FindByMemberAsync(DemoTenant.TenantId, DemoTenant.Pat.UserId));
    }

    [Fact]
    public async Task ArchiveAndRename_ChangedMeanwhile_German_NothingChanges()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);
        var partners = World.Get<PartnerOrganizationService>();
        WorkspaceWorld.Ok(await partners.RemoveMemberAsync(Admin, DemoTenant.FabrikamPartners.Id, DemoTenant.Pat.UserId));

        await page.Find($"{Fabrikam} .crm-org-archive").ClickAsync(new MouseEventArgs());
        await page.Find($"{Fabrikam} .crm-org-archive-confirm").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.StartsWith(
            "Fabrikam Partners wurde inzwischen von jemand anderem geändert; hier ist der aktuelle Stand.", page.Find(".crm-org-conflict").TextContent, StringComparison.Ordinal));
        Assert.False((await World.Get<IPartnerDirectory>().GetIfExistsAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners.Id))!.IsArchived);
        Assert.Empty(page.FindAll(PatInFabrikam)); // the guest removed meanwhile is gone from the page

        WorkspaceWorld.Ok(await partners.RenameAsync(Admin, DemoTenant.FabrikamPartners.Id, "Fabrikam Resellers"));
        await page.Find($"#org-{DemoTenant.FabrikamPartners.Id}-rename").ChangeAsync("Fabrikam Europe");
        await page.Find($"{Fabrikam} .crm-org-rename").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.StartsWith("Fabrikam Resellers wurde inzwischen", page.Find(".crm-org-conflict").TextContent, StringComparison.Ordinal));
        Assert.Equal("Fabrikam Resellers", (await World.Get<IPartnerDirectory>().GetIfExistsAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners.Id))!.Name);
    }
}
