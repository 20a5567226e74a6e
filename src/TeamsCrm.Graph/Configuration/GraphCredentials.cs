using Azure.Core;
using Azure.Identity;

namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// The production token source for Graph: the app's client secret against the configured
/// authority, or the resource's managed identity. Creating one contacts nothing; tokens are
/// fetched (and cached by Azure.Identity) on the first Graph call.
/// </summary>
public static class GraphCredentials
{
    public static TokenCredential Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseManagedIdentity)
        {
            var identity = string.IsNullOrEmpty(options.ClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
            return new ManagedIdentityCredential(identity);
        }

        return new ClientSecretCredential(
            options.TenantId,
            options.ClientId,
            options.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost });
    }
}
