using Azure.Core;
using Azure.Identity;

namespace TeamsCrm.Graph.Tests.Configuration;

public sealed class GraphRegistrationTests
{
    [Fact]
    public void AddCrmGraph_NoGraphSettings_RegistersNoDirectory()
    {
        using var host = GraphHost.Build(new Dictionary<string, string?> { ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0" });

        Assert.Null(host.Services.GetService<IPeopleDirectory>());
    }

    [Fact]
    public void AddCrmGraph_Configured_RegistersSingletonGraphDirectoryAndClients()
    {
        using var host = GraphHost.Build(GraphHost.ClientSecretSettings());

        var directory = host.Services.GetRequiredService<IPeopleDirectory>();

        Assert.IsType<GraphPeopleDirectory>(directory);
        Assert.Same(directory, host.Services.GetRequiredService<IPeopleDirectory>());
        Assert.Same(host.Services.GetRequiredService<IGraphClientProvider>(), host.Services.GetRequiredService<IGraphClientProvider>());
    }

    [Fact]
    public void AddCrmGraph_ClientSecretSettings_UsesClientSecretCredential()
    {
        using var host = GraphHost.Build(GraphHost.ClientSecretSettings());

        var credential = host.Services.GetRequiredKeyedService<TokenCredential>(GraphServiceCollectionExtensions.CredentialServiceKey);

        Assert.IsType<ClientSecretCredential>(credential);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(GraphHost.ClientId)]
    public void Create_ManagedIdentity_UsesManagedIdentityCredential(string? clientId)
    {
        var credential = GraphCredentials.Create(new GraphOptions { TenantId = GraphHost.TenantId, ClientId = clientId, UseManagedIdentity = true });

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public async Task AddCrmGraph_StubBaseUrlAndFakeCredential_CallsTheStubWithTheFakeToken()
    {
        await using var stub = await GraphStub.StartAsync();
        stub.On($"/users/{TestUsers.MeganId}", StubResponse.Ok(GraphPayloads.Entity(TestUsers.Megan)));
        var settings = GraphHost.ClientSecretSettings();
        settings["Graph:BaseUrl"] = stub.BaseUrl.AbsoluteUri;
        using var host = GraphHost.Build(settings, Environments.Development, new FakeTokenCredential());
        await host.StartAsync();

        var person = await host.Services.GetRequiredService<IPeopleDirectory>().GetAsync(GraphHost.TenantId, TestUsers.MeganId);

        Assert.Equal("Megan Bowen", person?.DisplayName);
        Assert.Equal($"Bearer {FakeTokenCredential.Token}", Assert.Single(stub.Requests).Authorization);
        await host.StopAsync();
    }
}
