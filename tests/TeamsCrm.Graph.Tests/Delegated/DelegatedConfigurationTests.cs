using TeamsCrm.Graph.Context;
using TeamsCrm.Graph.Delegated;
using TeamsCrm.Graph.Tests.Configuration;

namespace TeamsCrm.Graph.Tests.Delegated;

/// <summary>Graph:Delegated at start: what it needs, what it registers, and that setting it up contacts nobody.</summary>
public sealed class DelegatedConfigurationTests
{
    [Theory]
    [InlineData("ClientSecret")]
    [InlineData("Certificate")]
    public async Task StartAsync_DelegatedWithConfidentialClient_StartsAndRegistersTheDelegatedSource(string credential)
    {
        var settings = Delegated(GraphHost.ClientSecretSettings());
        if (credential == "Certificate")
        {
            settings.Remove("Graph:ClientSecret");
            settings["Graph:Credential"] = "Certificate";
            settings["Graph:CertificatePath"] = "/mnt/certs/teamscrm.pfx";
        }

        using var host = GraphHost.Build(settings);
        await host.StartAsync();

        Assert.IsType<DelegatedPeopleContextSource>(host.Services.GetRequiredService<IPeopleContextSource>());
        Assert.IsType<MsalOnBehalfOfTokenClient>(host.Services.GetRequiredService<IOnBehalfOfTokenClient>());
        Assert.Same(host.Services.GetRequiredService<DelegatedGraphSessions>(), host.Services.GetRequiredService<DelegatedGraphSessions>());
        await host.StopAsync();
    }

    [Fact]
    public void AddCrmGraph_DelegatedOff_AppOnlySourceAndNoSessions()
    {
        using var host = GraphHost.Build(GraphHost.ClientSecretSettings());

        Assert.IsType<GraphPeopleContextSource>(host.Services.GetRequiredService<IPeopleContextSource>());
        Assert.Null(host.Services.GetService<DelegatedGraphSessions>());
    }

    [Fact]
    public async Task StartAsync_DelegatedWithManagedIdentity_FailsSayingItNeedsAConfidentialClient()
    {
        var settings = Delegated(new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = GraphHost.TenantId,
            ["Graph:Credential"] = "ManagedIdentity",
        });
        using var host = GraphHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:Delegated:Enabled needs a confidential client", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientSecret or Certificate", error.Message, StringComparison.Ordinal);
        Assert.Contains("managed identity alone", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:Delegated:SessionCapacity", "0")]
    [InlineData("Graph:Delegated:SessionLifetime", "00:01:00")]
    [InlineData("Graph:Delegated:SessionLifetime", "2.00:00:00")]
    [InlineData("Graph:Delegated:ExchangeTimeout", "00:01:00")]
    public async Task StartAsync_DelegatedSettingOutOfRange_FailsNamingTheSection(string key, string value)
    {
        var settings = Delegated(GraphHost.ClientSecretSettings());
        settings[key] = value;
        using var host = GraphHost.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Graph:Delegated", error.Message, StringComparison.Ordinal);
        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MsalOnBehalfOfTokenClient_ForgetBeforeAnyExchange_ContactsNothing()
    {
        var client = new MsalOnBehalfOfTokenClient(Options.Create(new GraphOptions { TenantId = GraphHost.TenantId, ClientId = GraphHost.ClientId, ClientSecret = "s3cr3t" }));

        await client.ForgetAsync(GraphHost.TenantId, TestUsers.MeganId, CancellationToken.None);
    }

    [Fact]
    public void For_GraphBaseUrl_LeastPrivilegeScopesOnGraphsHost()
    {
        Assert.Equal(
            ["https://graph.microsoft.com/User.Read", "https://graph.microsoft.com/Calendars.ReadBasic"],
            DelegatedScopes.For(new Uri("https://graph.microsoft.com/v1.0")));
        Assert.Equal(
            ["https://microsoftgraph.chinacloudapi.cn/User.Read", "https://microsoftgraph.chinacloudapi.cn/Calendars.ReadBasic"],
            DelegatedScopes.For(new Uri("https://microsoftgraph.chinacloudapi.cn/v1.0")));
    }

    [Fact]
    public void Write_BeyondCapacity_DropsTheOldestSessions()
    {
        var cache = new MsalSessionCache(capacity: 3);
        cache.Write("a", [1]);
        cache.Write("b", [2]);
        cache.Write("c", [3]);
        cache.Write("a", [4]); // rewritten: now the newest

        cache.Write("d", [5]);

        Assert.Equal(3, cache.Count);
        Assert.Null(cache.Read("b"));
        Assert.Equal([4], cache.Read("a"));
        Assert.Equal([5], cache.Read("d"));
        cache.Write("a", null);
        Assert.Null(cache.Read("a"));
        Assert.Null(cache.Read(null));
    }

    private static Dictionary<string, string?> Delegated(Dictionary<string, string?> settings)
    {
        settings["Graph:Delegated:Enabled"] = "true";
        return settings;
    }
}
