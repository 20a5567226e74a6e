namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>The settings the app requires outside Development (Graph, Bot, App, Entra), with values that make no call leave the machine.</summary>
internal static class ProductionSettings
{
    public const string EntraClientId = "00000000-0000-0000-0000-0000000000aa";
    public const string EntraApplicationIdUri = "api://crm.example/" + EntraClientId;

    /// <summary>Production environment and the required settings; storage is the caller's to set.</summary>
    public static IWebHostBuilder UseProductionSettings(this IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:TenantId", DemoPeople.TenantId);
        builder.UseSetting("Graph:ClientId", DemoPeople.BotAppId);
        builder.UseSetting("Graph:ClientSecret", "not-used-no-call-is-made");
        builder.UseSetting("Bot:AppId", DemoPeople.BotAppId);
        builder.UseSetting("Bot:TenantId", DemoPeople.TenantId);
        builder.UseSetting("Bot:ClientSecret", "not-used-no-call-is-made");
        builder.UseSetting("App:PublicBaseUrl", "https://crm.example");
        builder.UseSetting("App:PhotoLinkKey", "a-test-key-of-at-least-32-characters");
        builder.UseSetting("Entra:ClientId", EntraClientId);
        builder.UseSetting("Entra:ApplicationIdUri", EntraApplicationIdUri);
        return builder.UseEnvironment("Production");
    }
}
