namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>A member of the demo tenant as Teams names them: Teams user id, Entra object id, display name.</summary>
internal sealed record DemoPerson(string TeamsId, string AadObjectId, string Name);

/// <summary>
/// The demo tenant the app seeds in Development (src/TeamsCrm.Web/DemoData/DemoTenant.cs), with the Teams
/// ids of the Agents Playground configuration at the repository root. The offline people directory knows exactly these members.
/// </summary>
internal static class DemoPeople
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";

    /// <summary>How many demo companies the seeder writes (DemoCatalog.Companies).</summary>
    public const int AccountCount = 27;

    public static IReadOnlyList<DemoPerson> Members { get; } =
    [
        new("29:1megan-bowen", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e01", "Megan Bowen"),
        new("29:1lukas-schneider", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e02", "Lukas Schneider"),
        new("29:1adele-vance", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e03", "Adele Vance"),
        new("29:1alex-wilber", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e04", "Alex Wilber"),
        new("29:1johanna-lorenz", "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e05", "Johanna Lorenz"),
    ];
}
