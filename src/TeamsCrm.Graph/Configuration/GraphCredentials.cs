using Azure.Core;
using Azure.Identity;

namespace TeamsCrm.Graph.Configuration;

/// <summary>
/// The production token source for Graph: the app's client secret or certificate against the
/// configured authority, or the resource's managed identity; null for <see cref="GraphCredentialKind.None"/>
/// (no token: a loopback stub in Development). Creating one contacts nothing; tokens are fetched (and
/// cached by Azure.Identity) on the first Graph call.
/// </summary>
public static class GraphCredentials
{
    public static TokenCredential? Create(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.EffectiveCredential)
        {
            case GraphCredentialKind.ManagedIdentity:
                var identity = string.IsNullOrEmpty(options.ClientId)
                    ? ManagedIdentityId.SystemAssigned
                    : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
                return new ManagedIdentityCredential(identity);
            case GraphCredentialKind.Certificate:
                return new ClientCertificateCredential(
                    options.TenantId,
                    options.ClientId,
                    options.CertificatePath,
                    new ClientCertificateCredentialOptions { AuthorityHost = options.AuthorityHost });
            case GraphCredentialKind.None:
                return null;
            default:
                return new ClientSecretCredential(
                    options.TenantId,
                    options.ClientId,
                    options.ClientSecret,
                    new ClientSecretCredentialOptions { AuthorityHost = options.AuthorityHost });
        }
    }
}
