using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsCrm.Web.Tests.Identity;

/// <summary>The real <see cref="JsonWebTokenHandler"/>, counting the full checks it ran.</summary>
internal sealed class CountingTokenHandler : TokenHandler
{
    private readonly JsonWebTokenHandler _inner = new() { MapInboundClaims = false };

    public int Checks { get; private set; }

    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        Checks++;
        return _inner.ValidateTokenAsync(token, validationParameters);
    }
}
