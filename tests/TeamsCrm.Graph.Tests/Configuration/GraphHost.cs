using Azure.Core;
using Microsoft.Extensions.Configuration;

namespace TeamsCrm.Graph.Tests.Configuration;

/// <summary>A minimal host (no appsettings, no environment variables) that calls AddCrmGraph with the given settings.</summary>
public static class GraphHost
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
    public const string ClientId = "1a2b3c4d-0000-4000-8000-000000000001";

    public static Dictionary<string, string?> ClientSecretSettings() => new()
    {
        ["Graph:TenantId"] = TenantId,
        ["Graph:ClientId"] = ClientId,
        ["Graph:ClientSecret"] = "s3cr3t",
    };

    public static IHost Build(IDictionary<string, string?> settings, string environment = "Production", TokenCredential? credential = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = environment,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (credential is not null)
        {
            builder.Services.AddKeyedSingleton(GraphServiceCollectionExtensions.CredentialServiceKey, credential);
        }

        builder.Services.AddCrmGraph(builder.Configuration);
        return builder.Build();
    }
}
