using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Settings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.MyCrm;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>A guest's tab says what is shared with their organisation and what they can do — or, in none, whom to ask.</summary>
public sealed class GuestWelcomeSectionTests : WorkspaceTestContext
{
    [Fact]
    public async Task Render_GuestOfAnOrganisation_ListsTheSharedAccountAndTheirLevel()
    {
        await StartAsync(WorkspaceWorld.Pat);
        await SeededAccount.CreateAsync(World, fabrikamLevel: ShareLevel.Contribute);

        var section = Render<GuestWelcomeSection>(p => p.Add(c => c.Caller, WorkspaceWorld.Pat));

        section.WaitForElement("#guest-accounts");
        Assert.Equal("You work here as a guest of Fabrikam Partners.", section.Find("#guest-organization").TextContent);
        Assert.Equal("Accounts shared with you (1): Contoso Ltd.", section.Find("#guest-accounts").TextContent);
        Assert.Contains("add shared comments", section.Find("#guest-level").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(SeededAccount.InternalComment, section.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_GuestInNoOrganisationInGerman_NamesOneAdminToAsk()
    {
        await StartAsync(WorkspaceWorld.Pat, "de-DE");
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, new CrmSettings([DemoTenant.Megan.AsPerson(), DemoTenant.Johanna.AsPerson()]));
        var unassigned = WorkspaceWorld.Pat with { PartnerOrganizationId = null };

        var section = Render<GuestWelcomeSection>(p => p.Add(c => c.Caller, unassigned));

        section.WaitForElement("#guest-unassigned");
        Assert.Contains("wenden Sie sich an Megan Bowen", section.Find("#guest-unassigned").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Johanna", section.Markup, StringComparison.Ordinal);
        Assert.Empty(section.FindAll("#guest-accounts"));
    }
}
