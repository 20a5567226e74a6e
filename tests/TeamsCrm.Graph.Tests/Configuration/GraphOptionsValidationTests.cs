namespace TeamsCrm.Graph.Tests.Configuration;

/// <summary>Invalid Graph settings stop the app at start, with a message naming the setting.</summary>
public sealed class GraphOptionsValidationTests
{
    [Fact]
    public async Task StartAsync_ClientSecretSettings_Starts()
    {
        using var host = GraphHost.Build(GraphHost.ClientSecretSettings());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_ManagedIdentityWithoutSecret_Starts()
    {
        using var host = GraphHost.Build(new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = GraphHost.TenantId,
            ["Graph:UseManagedIdentity"] = "true",
        });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_MissingSecret_FailsNamingTheSetting()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings.Remove("Graph:ClientSecret");

        var error = await StartFailsAsync(settings);

        Assert.Contains("Graph:ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MissingClientId_Fails()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings.Remove("Graph:ClientId");

        var error = await StartFailsAsync(settings);

        Assert.Contains("Graph:ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ManagedIdentityAndSecret_Fails()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:UseManagedIdentity"] = "true";

        var error = await StartFailsAsync(settings);

        Assert.Contains("choose one", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("contoso.onmicrosoft.com")]
    public async Task StartAsync_TenantNotAGuid_Fails(string? tenantId)
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:TenantId"] = tenantId;

        var error = await StartFailsAsync(settings);

        Assert.Contains("TenantId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:BaseUrl", "http://graph.microsoft.com/v1.0")]
    [InlineData("Graph:BaseUrl", "graph.microsoft.com/v1.0")]
    [InlineData("Graph:BaseUrl", "https://graph.microsoft.com/v1.0?$top=1")]
    [InlineData("Graph:BaseUrl", "https://user:pw@graph.microsoft.com/v1.0")]
    [InlineData("Graph:BaseUrl", "ftp://graph.microsoft.com/v1.0")]
    [InlineData("Graph:BaseUrl", "http://127.0.0.1:5000/v1.0")]
    [InlineData("Graph:AuthorityHost", "http://login.microsoftonline.com")]
    [InlineData("Graph:AuthorityHost", "http://localhost:5001")]
    public async Task StartAsync_BadUrlInProduction_FailsNamingTheSetting(string key, string url)
    {
        var settings = GraphHost.ClientSecretSettings();
        settings[key] = url;

        var error = await StartFailsAsync(settings);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_LoopbackHttpInDevelopment_Starts()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:BaseUrl"] = "http://127.0.0.1:5000/v1.0";
        using var host = GraphHost.Build(settings, Environments.Development);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_NonLoopbackHttpInDevelopment_Fails()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:BaseUrl"] = "http://graph.example/v1.0";
        using var host = GraphHost.Build(settings, Environments.Development);

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Theory]
    [InlineData("Graph:CacheDuration", "02:00:00")]
    [InlineData("Graph:RequestTimeout", "00:00:00")]
    [InlineData("Graph:MaxRetries", "11")]
    [InlineData("Graph:RetriesTimeLimit", "00:10:00")]
    public async Task StartAsync_OutOfRangeSetting_Fails(string key, string value)
    {
        var settings = GraphHost.ClientSecretSettings();
        settings[key] = value;

        var error = await StartFailsAsync(settings);

        Assert.Contains(key["Graph:".Length..], error.Message, StringComparison.Ordinal);
    }

    private static async Task<OptionsValidationException> StartFailsAsync(IDictionary<string, string?> settings)
    {
        using var host = GraphHost.Build(settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
