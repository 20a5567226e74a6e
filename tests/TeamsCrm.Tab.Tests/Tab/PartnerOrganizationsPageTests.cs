using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Settings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.PartnerOrganizations;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The "Partner organisations" page: CRM admins manage, other members read, guests see nothing.</summary>
public sealed class PartnerOrganizationsPageTests : WorkspaceTestContext
{
    private static readonly string Fabrikam = $".crm-org[data-org-id='{DemoTenant.FabrikamPartners.Id}']";
    private static readonly string PatInFabrikam = $"{Fabrikam} .crm-org-member[data-user-id='{DemoTenant.Pat.UserId}']";

    [Fact]
    public async Task Admin_CreatesRemovesWithConfirmationAddsAndArchives()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);

        await page.Find("#org-create-name").ChangeAsync("Litware Resellers");
        await page.Find("#org-create").SubmitAsync(EventArgs.Empty);
        page.WaitForAssertion(() => Assert.Contains("Litware Resellers", page.Find("#org-list").TextContent, StringComparison.Ordinal));

        await page.Find($"{PatInFabrikam} .crm-org-remove").ClickAsync(new MouseEventArgs());
        Assert.NotNull(await World.Get<IPartnerDirectory>().FindByMemberAsync(DemoTenant.TenantId, DemoTenant.Pat.UserId));
        await page.Find($"{PatInFabrikam} .crm-org-remove-confirm").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(PatInFabrikam)));
        Assert.Null(await World.Get<IPartnerDirectory>().FindByMemberAsync(DemoTenant.TenantId, DemoTenant.Pat.UserId));

        await page.Find($"#org-{DemoTenant.FabrikamPartners.Id}-add-search").InputAsync(new ChangeEventArgs { Value = "Pat" });
        page.WaitForElement($"{Fabrikam} .crm-person-option[data-user-id='{DemoTenant.Pat.UserId}']");
        await page.Find($"{Fabrikam} .crm-person-option[data-user-id='{DemoTenant.Pat.UserId}']").ClickAsync(new MouseEventArgs());
        page.WaitForElement(PatInFabrikam);

        await page.Find($"{Fabrikam} .crm-org-archive").ClickAsync(new MouseEventArgs());
        await page.Find($"{Fabrikam} .crm-org-archive-confirm").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("archived", page.Find(Fabrikam).TextContent, StringComparison.Ordinal));
        Assert.True((await World.Get<IPartnerDirectory>().GetIfExistsAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners.Id))!.IsArchived);
    }

    [Fact]
    public async Task Admin_AddsAMemberOfTheTenant_IsToldWhyNotAndNothingChanges()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);

        await page.Find($"#org-{DemoTenant.FabrikamPartners.Id}-add-search").InputAsync(new ChangeEventArgs { Value = "Lukas" });
        page.WaitForElement($"{Fabrikam} .crm-person-option[data-user-id='{DemoTenant.Lukas.UserId}']");
        await page.Find($"{Fabrikam} .crm-person-option[data-user-id='{DemoTenant.Lukas.UserId}']").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("Only guests (external users)", page.Find(".crm-error").TextContent, StringComparison.Ordinal));
        Assert.Null(await World.Get<IPartnerDirectory>().FindByMemberAsync(DemoTenant.TenantId, DemoTenant.Lukas.UserId));
    }

    [Fact]
    public async Task MemberWhoIsNoAdmin_ReadsOnly()
    {
        await StartAsync(WorkspaceWorld.Lukas);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);

        Assert.Empty(page.FindAll("#org-create"));
        Assert.Empty(page.FindAll(".crm-org-remove"));
        Assert.Empty(page.FindAll(".crm-org-archive"));
        Assert.Contains(WorkspaceWorld.OtherPartners.Name, page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guest_SeesNoOrganisationAndNoGuest()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".crm-loading")));

        Assert.Empty(page.FindAll("#org-list"));
        Assert.DoesNotContain(WorkspaceWorld.OtherPartners.Name, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoTenant.Pat.UserId, page.Markup, StringComparison.Ordinal);
    }
}
