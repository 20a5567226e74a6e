namespace TeamsCrm.TestSupport;

/// <summary>
/// The demo tenant the app seeds in Development (src/TeamsCrm.Web/DemoData/DemoTenant.cs), with the Teams
/// ids of the Agents Playground configuration at the repository root. The offline people directory knows exactly these members.
/// </summary>
public static class DemoPeople
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";

    /// <summary>The bot's app registration (Bot:AppId of the app and the Playground configuration).</summary>
    public const string BotAppId = "c0ffee00-0000-4000-8000-00000000b071";

    /// <summary>The Entra object id of the demo tenant's member or guest number <paramref name="number"/> (01 Megan … 06 Pat, the guest).</summary>
    public static string ObjectId(int number) => "4d1f6a52-1b0e-4c57-9d7a-1a2b3c4d5e" + number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static DemoPerson Megan => Members[0];

    public static DemoPerson Lukas => Members[1];

    public static DemoPerson Adele => Members[2];

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
