using Microsoft.Extensions.Configuration;

namespace TeamsCrm.Graph.Tests.Configuration;

/// <summary>Graph:Mode and Graph:Credential: which combinations start, and None only in Development against a loopback stub.</summary>
public sealed class GraphCredentialModeTests
{
    private static Dictionary<string, string?> NoCredential(string baseUrl) => new()
    {
        ["Graph:Mode"] = "Live",
        ["Graph:TenantId"] = GraphHost.TenantId,
        ["Graph:Credential"] = "None",
        ["Graph:BaseUrl"] = baseUrl,
    };

    [Fact]
    public async Task StartAsync_NoCredentialLoopbackInDevelopment_StartsWithGraphContext()
    {
        using var host = GraphHost.Build(NoCredential("http://127.0.0.1:5999/v1.0"), "Development");

        await host.StartAsync();
        Assert.NotNull(host.Services.GetService<IPeopleContextSource>());
        Assert.NotNull(host.Services.GetService<IPersonPhotoSource>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("http://127.0.0.1:5999/v1.0", "Production")]
    [InlineData("https://graph.microsoft.com/v1.0", "Development")]
    [InlineData("https://graph.microsoft.com/v1.0", "Production")]
    public async Task StartAsync_NoCredentialElsewhere_Refuses(string baseUrl, string environment)
    {
        using var host = GraphHost.Build(NoCredential(baseUrl), environment);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:Credential=None", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_CertificateWithoutPath_FailsNamingTheSetting()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings.Remove("Graph:ClientSecret");
        settings["Graph:Credential"] = "Certificate";
        using var host = GraphHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:CertificatePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_CertificateWithSecret_Fails()
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:Credential"] = "Certificate";
        settings["Graph:CertificatePath"] = "/certs/graph.pfx";
        using var host = GraphHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:ClientSecret must not be set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Offline", false)]
    [InlineData("Live", true)]
    [InlineData(null, true)] // credentials present: Live
    public void IsGraphConfigured_Mode_DecidesOverCredentials(string? mode, bool expected)
    {
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:Mode"] = mode;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected, GraphServiceCollectionExtensions.IsGraphConfigured(configuration));
    }

    [Fact]
    public void IsGraphConfigured_UnknownMode_Throws()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:Mode"] = "Sometimes" }).Build();

        Assert.Throws<InvalidOperationException>(() => GraphServiceCollectionExtensions.IsGraphConfigured(configuration));
    }
}
