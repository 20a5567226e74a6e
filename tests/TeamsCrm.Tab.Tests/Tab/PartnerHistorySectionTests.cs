using Microsoft.AspNetCore.Components.Web;
using TeamsCrm.Core.Settings;
using TeamsCrm.Tab.Tests.Infrastructure;
using TeamsCrm.Web.DemoData;
using TeamsCrm.Web.Tab.PartnerOrganizations;

namespace TeamsCrm.Tab.Tests.Tab;

/// <summary>The partner organisations page's history: every change of an organisation or of the administrators in words, newest first, for members only; names as typed.</summary>
public sealed class PartnerHistorySectionTests : WorkspaceTestContext
{
    private static readonly string PatInFabrikam = $".crm-org[data-org-id='{DemoTenant.FabrikamPartners.Id}'] .crm-org-member[data-user-id='{DemoTenant.Pat.UserId}']";

    [Fact]
    public async Task Admin_EachChangeAppearsInTheHistoryInWords()
    {
        await StartAsync(WorkspaceWorld.Megan);
        await World.Get<ICrmSettingsStore>().SaveAsync(DemoTenant.TenantId, DemoTenant.Settings);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForElement(PatInFabrikam);
        const string Typed = "<b>Bold</b> **Resellers**";

        await page.Find("#org-create-name").ChangeAsync(Typed);
        await page.Find("#org-create").SubmitAsync(EventArgs.Empty);
        page.WaitForAssertion(() => Assert.Equal($"Megan Bowen created the partner organisation {Typed}.", Newest(page)));

        World.Time.Advance(TimeSpan.FromMinutes(1)); // the history is newest first
        await page.Find($"{PatInFabrikam} .crm-org-remove").ClickAsync(new MouseEventArgs());
        await page.Find($"{PatInFabrikam} .crm-org-remove-confirm").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Equal("Megan Bowen removed Pat Reyes from Fabrikam Partners.", Newest(page)));

        World.Time.Advance(TimeSpan.FromMinutes(1));
        await CrmAdministratorsSectionTests.PickAdministratorAsync(page, "Lukas", DemoTenant.Lukas.UserId);
        page.WaitForAssertion(() => Assert.Equal("Megan Bowen made Lukas Schneider a CRM administrator.", Newest(page)));

        Assert.Empty(page.FindAll("#partner-history b"));
        Assert.Equal(3, page.FindAll("#partner-history-list > li").Count);
    }

    [Fact]
    public async Task Guest_SeesNoHistory()
    {
        await StartAsync(WorkspaceWorld.Pat);
        var page = Render<PartnerOrganizationsPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".crm-loading")));

        Assert.Empty(page.FindAll("#partner-history"));
    }

    /// <summary>The words of the newest entry (without its time).</summary>
    private static string Newest(IRenderedComponent<PartnerOrganizationsPage> page)
    {
        var entry = page.Find("#partner-history-list > li");
        return entry.TextContent.Replace(entry.QuerySelector("time")!.TextContent, string.Empty, StringComparison.Ordinal).Trim();
    }
}
