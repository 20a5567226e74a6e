using Microsoft.Kiota.Abstractions.Authentication;

namespace TeamsCrm.Graph.Clients;

/// <summary>Hands the Graph SDK one user's delegated access token, for requests to the configured Graph host only.</summary>
internal sealed class FixedAccessTokenProvider(string accessToken, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(uri is not null && AllowedHostsValidator.IsUrlHostValid(uri) ? accessToken : string.Empty);
}
