using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.TestHost;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TeamsCrm.Web.Identity;
using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

[Collection(ApiTests.Name)]
public sealed class OpenApiDocumentTests(ApiHost host)
{
    [Fact]
    public async Task GetOpenApiDocument_Development_DescribesTheApiAndTheBearerScheme()
    {
        using var anonymous = host.ClientWith(token: null);

        var answer = (await anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK);

        var paths = answer.Json["paths"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Contains("/api/v1/accounts/{accountId}", paths);
        Assert.Contains("/api/v1/accounts/{accountId}/deals/{dealId}/stage", paths);
        Assert.Contains("/api/v1/handoffs", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.Equal("bearer", answer["components.securitySchemes.EntraBearer.scheme"]);
        Assert.NotNull(answer.Json["security"]?[0]?["EntraBearer"]);
        Assert.NotNull(answer["paths./api/v1/accounts/{accountId}.put.responses.412"]);
        Assert.NotNull(answer["components.schemas.DealResource.properties.allowedStages"]);
    }

    [Fact]
    public async Task GetOpenApiDocument_Production_IsNotServed()
    {
        await using var factory = new ProductionApp();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_ProductionMalformedJson_Returns400Problem()
    {
        await using var entra = await LoopbackEntra.StartAsync();
        await using var factory = new ProductionApp(entra);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", entra.Token(new EntraToken(DemoTenant.TenantId, DemoTenant.Megan.UserId, ProductionSettings.EntraClientId)));
        using var body = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/v1/accounts", UriKind.Relative), body);
        var answer = await ApiAnswer.ReadAsync(response);

        answer.ExpectProblem(HttpStatusCode.BadRequest, "Api.InvalidBody");
    }

    /// <summary>
    /// The app outside Development, with the settings it requires (no call leaves the machine). Outside Development the
    /// Entra metadata must come over https, so a test that needs tokens hands the bearer handler the loopback Entra's
    /// metadata directly.
    /// </summary>
    private sealed class ProductionApp(LoopbackEntra? entra = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseProductionSettings();
            builder.UseSetting("Storage:ConnectionString", TestStorage.ConnectionString);
            builder.UseSetting("Storage:TablePrefix", TestStorage.NewTablePrefix("P"));
            if (entra is not null)
            {
                builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(CrmAuthentication.EntraToken, bearer =>
                    bearer.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                        entra.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false })));
            }
        }
    }
}
