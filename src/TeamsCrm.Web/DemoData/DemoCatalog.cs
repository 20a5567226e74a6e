namespace TeamsCrm.Web.DemoData;

/// <summary>The demo companies: a realistic mix of German and international customers.</summary>
internal static class DemoCatalog
{
    public sealed record Company(string Name, string? LegalForm, string Industry, string Segment, string City, string Country, string Domain);

    public static IReadOnlyList<Company> Companies { get; } =
    [
        new("Contoso Ltd", "Ltd", "Software", "Enterprise", "London", "United Kingdom", "contoso.example"),
        new("Fabrikam Inc", "Inc", "Manufacturing", "Enterprise", "Seattle", "United States", "fabrikam.example"),
        new("Northwind Traders", null, "Wholesale", "Mid-market", "Hamburg", "Germany", "northwindtraders.example"),
        new("Müller Maschinenbau GmbH", "GmbH", "Mechanical engineering", "Mid-market", "Stuttgart", "Germany", "mueller-maschinenbau.example"),
        new("Adventure Works", null, "Outdoor retail", "Mid-market", "Denver", "United States", "adventure-works.example"),
        new("Wingtip Toys", null, "Retail", "Small business", "Portland", "United States", "wingtiptoys.example"),
        new("Tailspin Toys", null, "Retail", "Small business", "Leeds", "United Kingdom", "tailspintoys.example"),
        new("Litware Inc", "Inc", "Software", "Mid-market", "Boston", "United States", "litware.example"),
        new("Proseware Inc", "Inc", "Software", "Small business", "Austin", "United States", "proseware.example"),
        new("Woodgrove Bank", null, "Banking", "Enterprise", "Frankfurt am Main", "Germany", "woodgrovebank.example"),
        new("Alpine Ski House", null, "Hospitality", "Small business", "Innsbruck", "Austria", "alpineskihouse.example"),
        new("Blue Yonder Airlines", null, "Aviation", "Enterprise", "Munich", "Germany", "blueyonderairlines.example"),
        new("Coho Winery", null, "Food and beverage", "Small business", "Napa", "United States", "cohowinery.example"),
        new("Consolidated Messenger", null, "Logistics", "Mid-market", "Rotterdam", "Netherlands", "consolidatedmessenger.example"),
        new("Fourth Coffee", null, "Food and beverage", "Small business", "Vienna", "Austria", "fourthcoffee.example"),
        new("Graphic Design Institute", null, "Education", "Small business", "Zurich", "Switzerland", "graphicdesigninstitute.example"),
        new("Humongous Insurance", null, "Insurance", "Enterprise", "Cologne", "Germany", "humongousinsurance.example"),
        new("Lamna Healthcare", null, "Healthcare", "Mid-market", "Basel", "Switzerland", "lamnahealthcare.example"),
        new("Margie's Travel", null, "Travel", "Small business", "Lisbon", "Portugal", "margiestravel.example"),
        new("Nod Publishers", null, "Publishing", "Small business", "Berlin", "Germany", "nodpublishers.example"),
        new("Relecloud", null, "Cloud services", "Mid-market", "Dublin", "Ireland", "relecloud.example"),
        new("School of Fine Art", null, "Education", "Small business", "Paris", "France", "schooloffineart.example"),
        new("Trey Research", null, "Research", "Mid-market", "Cambridge", "United Kingdom", "treyresearch.example"),
        new("VanArsdel Ltd", "Ltd", "Consumer goods", "Enterprise", "Manchester", "United Kingdom", "vanarsdel.example"),
        new("Wide World Importers", null, "Wholesale", "Mid-market", "Bremen", "Germany", "wideworldimporters.example"),
        new("Bäckerei Schäfer KG", "KG", "Food and beverage", "Small business", "Düsseldorf", "Germany", "baeckerei-schaefer.example"),
        new("Größer & Söhne AG", "AG", "Construction", "Mid-market", "Leipzig", "Germany", "groesser-soehne.example"),
    ];

    public static IReadOnlyList<(string First, string Last, string Role)> People { get; } =
    [
        ("Anna", "Schmidt", "Head of Purchasing"),
        ("Jonas", "Weber", "CIO"),
        ("Sophie", "Fischer", "Project Manager"),
        ("Daniel", "Brooks", "CFO"),
        ("Emma", "Hughes", "Operations Director"),
        ("Lena", "Wagner", "IT Manager"),
        ("Oliver", "Bennett", "Procurement Lead"),
        ("Mia", "Becker", "Managing Director"),
        ("Noah", "Turner", "Head of Sales"),
        ("Clara", "Hoffmann", "Controller"),
    ];

    public static IReadOnlyList<string> DealThemes { get; } =
    [
        "Renewal", "Rollout", "Upgrade", "Pilot", "Support contract", "Expansion", "Migration", "Training package",
    ];
}
