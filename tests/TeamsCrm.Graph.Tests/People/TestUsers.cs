using System.Text.Json.Nodes;
using DemoTenant = TeamsCrm.TestSupport.DemoPeople;

namespace TeamsCrm.Graph.Tests.People;

/// <summary>Users of the demo tenant as Graph would return them.</summary>
public static class TestUsers
{
    public static readonly string MeganId = DemoTenant.ObjectId(1);
    public static readonly string LukasId = DemoTenant.ObjectId(2);
    public static readonly string PatId = DemoTenant.ObjectId(6);
    public const string UnknownId = "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5eff";

    public static JsonObject Megan => GraphPayloads.User(MeganId, "Megan Bowen", "megan.bowen@contoso.example", "megan.bowen@contoso.example", "Marketing Manager", "Marketing");

    public static JsonObject Lukas => GraphPayloads.User(LukasId, "Lukas Schneider", "lukas.schneider@contoso.example", "lukas.schneider@contoso.example", "Head of Sales", "Sales");

    /// <summary>A B2B guest with every guest signal Graph gives.</summary>
    public static JsonObject Pat => GraphPayloads.User(
        PatId,
        "Pat Reyes",
        "pat.reyes@fabrikampartners.example",
        "pat.reyes_fabrikampartners.example#EXT#@contoso.example",
        userType: "Guest",
        externalUserState: "Accepted");
}
