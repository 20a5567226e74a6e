namespace TeamsCrm.Analytics.Synthetic;

/// <summary>The vocabulary of the synthetic tenants: a small industrial catalog and the companies' attributes.</summary>
public static class SyntheticCatalog
{
    public static IReadOnlyList<CatalogProduct> Products { get; } =
    [
        new("sensor-pro", "Sensor Pro", "Sensors", 12_000m, 7_000m),
        new("sensor-lite", "Sensor Lite", "Sensors", 4_000m, 2_600m),
        new("edge-gateway", "Edge Gateway", "Hardware", 8_000m, 5_500m),
        new("analytics-suite", "Analytics Suite", "Software", 25_000m, 5_000m),
        new("crm-connector", "CRM Connector", "Software", 6_000m, 1_000m),
        new("service-basic", "Service Basic", "Services", 3_000m, 1_800m),
        new("service-premium", "Service Premium", "Services", 9_000m, 5_000m),
        new("training", "On-site Training", "Services", 2_500m, 1_200m),
    ];

    public static IReadOnlyList<string> Industries { get; } = ["Manufacturing", "Retail", "Healthcare", "Finance", "Logistics", "Public sector"];

    public static IReadOnlyList<string> SizeBands { get; } = ["Small", "Medium", "Large", "Enterprise"];

    /// <summary>Countries with their weight and currency.</summary>
    public static IReadOnlyList<(string Country, int Weight, string Currency)> Countries { get; } =
        [("DE", 40, "EUR"), ("AT", 10, "EUR"), ("CH", 10, "CHF"), ("US", 15, "USD"), ("FR", 10, "EUR"), ("NL", 15, "EUR")];

    public static IReadOnlyList<string> NameParts { get; } =
        ["Nord", "Süd", "Alpen", "Rhein", "Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip"];

    public static IReadOnlyList<string> NameKinds { get; } = ["Werke", "Systems", "Logistik", "Handel", "Klinik", "Partners", "Industries", "Services"];

    public static IReadOnlyList<string> FirstNames { get; } = ["Anna", "Jonas", "Lea", "Lukas", "Mia", "Paul", "Emma", "Felix", "Sofia", "Noah"];

    public static IReadOnlyList<string> LastNames { get; } = ["Schmidt", "Müller", "Weber", "Fischer", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch", "Richter"];

    /// <summary>The channels people are reached on (web forms are inbound only).</summary>
    public static IReadOnlyList<InteractionChannel> ReachChannels { get; } =
        [InteractionChannel.Email, InteractionChannel.Phone, InteractionChannel.Teams, InteractionChannel.Meeting, InteractionChannel.Social, InteractionChannel.InPerson];
}
