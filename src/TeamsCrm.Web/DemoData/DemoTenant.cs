using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;
using TeamsCrm.Core.Settings;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The demo tenant and its people, exactly as the local Teams client's config file
/// (.m365agentsplayground.yml at the repository root) defines them; a test keeps the two in step.
/// The Playground itself is only started by scripts/run.sh and the end-to-end tests, always with
/// --disable-telemetry and APPLICATION_INSIGHTS_NO_STATSBEAT=true.
/// </summary>
public static class DemoTenant
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";

    private const string PatObjectId = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e06";
    private const string RosaObjectId = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e07";

    /// <summary>Pat Reyes's organisation: Pat is its member by Entra object id (the email domain is only a hint).</summary>
    public static readonly PartnerOrganization FabrikamPartners = new("fabrikam-partners", "Fabrikam Partners", ["fabrikampartners.example"])
    {
        Members = [new PersonRef(PatObjectId, "Pat Reyes")],
    };

    /// <summary>Rosa Jensen's organisation, a second partner: its guests must never see what is shared with Fabrikam Partners, and vice versa.</summary>
    public static readonly PartnerOrganization LakeshorePartners = new("lakeshore-partners", "Lakeshore Partners", ["lakeshorepartners.example"])
    {
        Members = [new PersonRef(RosaObjectId, "Rosa Jensen")],
    };

    public static readonly Caller Megan = Member("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01", "Megan Bowen") with { IsCrmAdmin = true };
    public static readonly Caller Lukas = Member("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e02", "Lukas Schneider");
    public static readonly Caller Adele = Member("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e03", "Adele Vance");
    public static readonly Caller Alex = Member("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e04", "Alex Wilber");
    public static readonly Caller Johanna = Member("4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e05", "Johanna Lorenz");

    /// <summary>A B2B guest of the partner organisation Fabrikam Partners.</summary>
    public static readonly Caller Pat = new(TenantId, PatObjectId, "Pat Reyes", CallerRole.Guest, FabrikamPartners.Id);

    /// <summary>A B2B guest of the second partner organisation, Lakeshore Partners.</summary>
    public static readonly Caller Rosa = new(TenantId, RosaObjectId, "Rosa Jensen", CallerRole.Guest, LakeshorePartners.Id);

    /// <summary>The demo tenant's partner organisations.</summary>
    public static IReadOnlyList<PartnerOrganization> PartnerOrganizations { get; } = [FabrikamPartners, LakeshorePartners];

    public static IReadOnlyList<Caller> Members { get; } = [Megan, Lukas, Adele, Alex, Johanna];

    /// <summary>The demo tenant's CRM settings: Megan Bowen — the local Teams client's current user — is its CRM administrator.</summary>
    public static CrmSettings Settings { get; } = new([Megan.AsPerson()]);

    public static IReadOnlyList<Caller> Everyone { get; } = [.. Members, Pat, Rosa];

    /// <summary>The directory entries of the demo people, as Microsoft Graph would return them (the offline directory of local runs).</summary>
    public static IReadOnlyList<Person> Directory { get; } =
    [
        new(Megan.UserId, Megan.DisplayName, "meganb@teamscrm.example", "meganb@teamscrm.example", "Account Manager", "Sales", false),
        new(Lukas.UserId, Lukas.DisplayName, "lukass@teamscrm.example", "lukass@teamscrm.example", "Key Account Manager DACH", "Sales", false),
        new(Adele.UserId, Adele.DisplayName, "adelev@teamscrm.example", "adelev@teamscrm.example", "Pre-Sales Engineer", "Pre-Sales", false),
        new(Alex.UserId, Alex.DisplayName, "alexw@teamscrm.example", "alexw@teamscrm.example", "Service Manager", "Service", false),
        new(Johanna.UserId, Johanna.DisplayName, "johannal@teamscrm.example", "johannal@teamscrm.example", "Head of Sales", "Management", false),
        new(Pat.UserId, Pat.DisplayName, "pat.reyes@fabrikampartners.example", "pat.reyes_fabrikampartners.example#EXT#@teamscrm.example", "Partner Manager", null, true),
        new(Rosa.UserId, Rosa.DisplayName, "rosa.jensen@lakeshorepartners.example", "rosa.jensen_lakeshorepartners.example#EXT#@teamscrm.example", "Implementation Consultant", null, true),
    ];

    private static Caller Member(string objectId, string name) => new(TenantId, objectId, name, CallerRole.Member);
}
