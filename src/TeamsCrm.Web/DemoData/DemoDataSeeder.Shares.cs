using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Web.DemoData;

/// <summary>The demo shares: which deals and accounts Fabrikam Partners sees, and the one account Lakeshore Partners sees (Woodgrove Bank).</summary>
public sealed partial class DemoDataSeeder
{
    private static void AddShares(ChangeSet changes, DemoCatalog.Company company, Account account, Deal[] deals, DateTimeOffset now)
    {
        var level = company.Name switch
        {
            "Fabrikam Inc" => ShareLevel.Contribute,
            "Northwind Traders" => ShareLevel.Read,
            "Adventure Works" => ShareLevel.Edit,
            _ => (ShareLevel?)null,
        };
        var partner = DemoTenant.FabrikamPartners;
        if (level is { } accountLevel)
        {
            changes.Insert(new Share { AccountId = account.Id, PartnerOrganizationId = partner.Id, PartnerOrganizationName = partner.Name, Level = accountLevel, SharedBy = account.Owner, SharedAt = now });
        }

        if (company.Name is "Contoso Ltd" or "Müller Maschinenbau GmbH")
        {
            var deal = deals.FirstOrDefault(d => d.IsOpen) ?? deals[0];
            changes.Insert(new Share { AccountId = account.Id, DealId = deal.Id, PartnerOrganizationId = partner.Id, PartnerOrganizationName = partner.Name, Level = ShareLevel.Edit, SharedBy = account.Owner, SharedAt = now });
        }

        if (company.Name is "Woodgrove Bank")
        {
            var lakeshore = DemoTenant.LakeshorePartners;
            changes.Insert(new Share { AccountId = account.Id, PartnerOrganizationId = lakeshore.Id, PartnerOrganizationName = lakeshore.Name, Level = ShareLevel.Contribute, SharedBy = account.Owner, SharedAt = now });
        }
    }
}
