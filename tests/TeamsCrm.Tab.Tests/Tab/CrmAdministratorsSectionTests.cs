using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Settings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.PartnerOrganizations;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The "CRM administrators" section of the partner organisations page: administrators choose who else is one, members read it, guests never see it.</summary>
public sealed class CrmAdministratorsSectionTests : WorkspaceTestContext
{
    private static readonly string Lukas = $"#crm-admin-list .crm-admin[data-user-id='{DemoTenant.Lukas.UserId}']";
    private static readonly string Megan = $"#crm-admin-list .crm-admin[data-user-id='{DemoTenant.Megan.UserId}']";

    [Fact]
    public async Task Admin_AddsAMemberThenRemovesThemAfterConfirming()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(Megan);
        Assert.Empty(page.FindAll($"{Megan} .crm-admin-remove")); // the last administrator cannot be removed

        await PickAdministratorAsync(page, "Lukas", DemoTenant.Lukas.UserId);
        page.WaitForElement(Lukas);
        Assert.Contains("Lukas Schneider is now a CRM administrator.", page.Find("#crm-admins .crm-notice").TextContent, StringComparison.Ordinal);
        Assert.True((await World.Get<ICrmSettingsStore>().GetAsync(DemoTenant.TenantId)).IsAdmin(DemoTenant.Lukas.UserId));

        await page.Find($"{Lukas} .crm-admin-remove").ClickAsync(new MouseEventArgs());
        Assert.True((await World.Get<ICrmSettingsStore>().GetAsync(DemoTenant.TenantId)).IsAdmin(DemoTenant.Lukas.UserId));
        await page.Find($"{Lukas} .crm-admin-remove-confirm").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(Lukas)));
        Assert.False((await World.Get<ICrmSettingsStore>().GetAsync(DemoTenant.TenantId)).IsAdmin(DemoTenant.Lukas.UserId));
    }

    [Fact]
    public async Task Admin_InGerman_SectionAndOutcomeInGerman()
    {
        await StartAsync(WorkspaceWorld.Megan, "de-DE");
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(Megan);

        await PickAdministratorAsync(page, "Lukas", DemoTenant.Lukas.UserId);

        page.WaitForAssertion(() => Assert.Contains("Lukas Schneider ist jetzt CRM-Administrator.", page.Find("#crm-admins .crm-notice").TextContent, StringComparison.Ordinal));
        Assert.Contains("CRM-Administratoren", page.Find("#crm-admins-title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberWhoIsNoAdmin_ReadsWhoTheAdministratorsAre()
    {
        await StartAsync(WorkspaceWorld.Lukas);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(Megan);

        Assert.Contains("Megan Bowen", page.Find(Megan).TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#crm-admin-add-search"));
        Assert.Empty(page.FindAll(".crm-admin-remove"));
    }

    [Fact]
    public async Task Guest_SeesNoAdministrators()
    {
        await StartAsync(WorkspaceWorld.Pat);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".crm-loading")));

        Assert.Empty(page.FindAll("#crm-admins"));
        Assert.DoesNotContain(DemoTenant.Megan.UserId, page.Markup, StringComparison.Ordinal);
    }

    /// <summary>Finds the person with the section's people picker and picks them.</summary>
    internal static async Task PickAdministratorAsync(IRenderedComponent<PartnerOrganizationsPage> page, string query, string userId)
    {
        await page.Find("#crm-admin-add-search").InputAsync(new ChangeEventArgs { Value = query });
        page.WaitForElement($"#crm-admins .crm-person-option[data-user-id='{userId}']");
        await page.Find($"#crm-admins .crm-person-option[data-user-id='{userId}']").ClickAsync(new MouseEventArgs());
    }
}
