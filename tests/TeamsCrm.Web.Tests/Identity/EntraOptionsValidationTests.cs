using Microsoft.Extensions.FileProviders;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Tests.Identity;

/// <summary>
/// The tab's sign-in settings refuse what would let the wrong people in: the Development sign-in anywhere but
/// Development, no SSO application outside Development, key metadata over plain http except a loopback address locally.
/// </summary>
public sealed class EntraOptionsValidationTests
{
    private static readonly EntraOptions Valid = new()
    {
        ClientId = ProductionSettings.EntraClientId,
        ApplicationIdUri = ProductionSettings.EntraApplicationIdUri,
    };

    [Fact]
    public void Validate_ProductionWithTheSsoApplication_Succeeds() =>
        Assert.True(Validate("Production", Valid).Succeeded);

    [Fact]
    public void Validate_DevelopmentSignInOutsideDevelopment_Fails()
    {
        var result = Validate("Production", Copy(Valid, o => o.DevelopmentSignIn = true));

        Assert.True(result.Failed);
        Assert.Contains("Entra:DevelopmentSignIn", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithoutTheSsoApplication_Fails()
    {
        var result = Validate("Production", new EntraOptions());

        Assert.Contains("Entra:ClientId and Entra:ApplicationIdUri", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "http://127.0.0.1:5000/common/v2.0/.well-known/openid-configuration", false)]
    [InlineData("Development", "http://127.0.0.1:5000/common/v2.0/.well-known/openid-configuration", true)]
    [InlineData("Development", "http://login.example/common/v2.0/.well-known/openid-configuration", false)]
    [InlineData("Production", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", true)]
    public void Validate_MetadataAddress_HttpsOrLocalLoopbackOnly(string environment, string address, bool valid) =>
        Assert.Equal(valid, Validate(environment, Copy(Valid, o => o.MetadataAddress = new Uri(address))).Succeeded);

    [Fact]
    public void Start_ProductionWithDevelopmentSignIn_RefusesToStart()
    {
        using var factory = new ProductionFactory();

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Entra:DevelopmentSignIn is allowed only in Development", error.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(string environment, EntraOptions options) =>
        new EntraOptionsValidation(new Environment(environment)).Validate(null, options);

    private static EntraOptions Copy(EntraOptions source, Action<EntraOptions> change)
    {
        var copy = new EntraOptions { ClientId = source.ClientId, ApplicationIdUri = source.ApplicationIdUri };
        change(copy);
        return copy;
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "TeamsCrm.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class ProductionFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:ConnectionString", TestStorage.ConnectionString);
            builder.UseSetting("Storage:TablePrefix", TestStorage.NewTablePrefix("E"));
            builder.UseProductionSettings();
            builder.UseSetting("Entra:DevelopmentSignIn", "true");
        }
    }
}
