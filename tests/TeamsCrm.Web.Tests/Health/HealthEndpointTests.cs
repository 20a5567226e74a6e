namespace TeamsCrm.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task GetHealth_StorageReachable_Returns200()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetHealth_StorageUnreachable_Returns503()
    {
        using var closedPort = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closedPort.Start();
        var port = ((IPEndPoint)closedPort.LocalEndpoint).Port;
        closedPort.Stop();
        var unreachable = TestStorage.ConnectionString
            .Replace(new Uri(ExtractTableEndpoint()).Authority, $"127.0.0.1:{port}", StringComparison.Ordinal);
        await using var factory = new UnreachableStorageFactory(unreachable);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static string ExtractTableEndpoint() =>
        TestStorage.ConnectionString.Split(';').Single(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];

    /// <summary>Points storage at a closed loopback port; outside Development, so nothing is seeded.</summary>
    private sealed class UnreachableStorageFactory(string connectionString) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:ConnectionString", connectionString);
            builder.UseProductionSettings();
        }
    }
}
