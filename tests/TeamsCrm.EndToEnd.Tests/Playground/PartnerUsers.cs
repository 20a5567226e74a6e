namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>The demo tenant's people of the guest flows, as the Agents Playground configuration names them.</summary>
internal static class PartnerUsers
{
    /// <summary>Pat Reyes: a B2B guest (#EXT# user principal name), member of Fabrikam Partners by Entra object id.</summary>
    public static readonly TeamsUser Pat = new("29:1pat-reyes", "Pat Reyes", DemoPeople.ObjectId(6));

    /// <summary>Alex Wilber: a member; owns Müller Maschinenbau GmbH and its deal "Müller Pilot", shared alone with Fabrikam Partners.</summary>
    public static readonly TeamsUser Alex = new(DemoPeople.Members[3].TeamsId, DemoPeople.Members[3].Name, DemoPeople.Members[3].AadObjectId);
}
