using Azure.Core;
using Azure.Identity;

namespace TeamsCrm.Teams.Connector;

/// <summary>UserAssignedMSI: a token for the Bot Framework resource from the user-assigned managed identity.</summary>
internal sealed class ManagedIdentityTokenProvider(IOptions<BotOptions> options, TimeProvider timeProvider)
    : CachingTokenProvider(timeProvider, options.Value.TokenRefreshBeforeExpiry)
{
    private readonly BotOptions _options = options.Value;
    private readonly ManagedIdentityCredential _credential = new(
        ManagedIdentityId.FromUserAssignedClientId(options.Value.ManagedIdentityClientId ?? options.Value.AppId!));

    protected override async Task<(string Token, DateTimeOffset ExpiresOn)> AcquireAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(new TokenRequestContext([_options.ConnectorScope]), cancellationToken).ConfigureAwait(false);
        return (token.Token, token.ExpiresOn);
    }
}
