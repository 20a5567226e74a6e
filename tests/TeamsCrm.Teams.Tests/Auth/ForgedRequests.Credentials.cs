namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>Broken credentials: missing, malformed, wrongly signed, expired, for another audience or channel.</summary>
internal static partial class ForgedRequests
{
    private static ForgedRequest? BrokenCredential(string name, OpenIdServer keys)
    {
        var now = DateTime.UtcNow;
        var (authorization, serviceUrl, expected, reason) = name switch
        {
            "NoToken" => (null, TestTokens.ServiceUrl, Unauthorized, "No Authorization header"),
            "EmptyBearer" => ("Bearer ", TestTokens.ServiceUrl, Unauthorized, "not Bearer"),
            "WrongScheme" => ("Basic " + Convert.ToBase64String("app:secret"u8.ToArray()), TestTokens.ServiceUrl, Unauthorized, "not Bearer"),
            "LowercaseScheme" => ("bearer " + TestTokens.Channel(keys.TeamsKey), TestTokens.ServiceUrl, Unauthorized, "not Bearer"),
            "AlgNone" => (Bearer(TestTokens.AlgNone(keys.TeamsKey)), TestTokens.ServiceUrl, Unauthorized, "Algorithm 'none' is not allowed"),
            "Hs256SignedWithPublicKey" => (Bearer(TestTokens.Hs256WithPublicKey(keys.TeamsKey)), TestTokens.ServiceUrl, Unauthorized, "Algorithm 'HS256' is not allowed"),
            "Ps256NotAllowed" => (Bearer(TestTokens.Channel(keys.TeamsKey, SecurityAlgorithms.RsaSsaPssSha256)), TestTokens.ServiceUrl, Unauthorized, "Algorithm 'PS256' is not allowed"),
            "Expired" => (Bearer(TestTokens.Channel(keys.TeamsKey, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6))), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenExpiredException"),
            "NotYetValid" => (Bearer(TestTokens.Channel(keys.TeamsKey, notBefore: now.AddMinutes(6), expires: now.AddHours(1))), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenNotYetValidException"),
            "NoExpiry" => (Bearer(TestTokens.WithoutExpiry(keys.TeamsKey)), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenNoExpirationException"),
            "WrongIssuer" => (Bearer(TestTokens.Channel(keys.TeamsKey, issuer: "https://api.botframework.com.attacker.example")), TestTokens.ServiceUrl, Unauthorized, "Unknown token issuer"),
            "WrongAudience" => (Bearer(TestTokens.Channel(keys.TeamsKey, audience: "https://graph.microsoft.com")), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenInvalidAudienceException"),
            "TokenForAnotherBot" => (Bearer(TestTokens.Channel(keys.TeamsKey, audience: "0ther000-0000-4000-8000-000000000000")), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenInvalidAudienceException"),
            "UnknownKeyId" => (Bearer(TestTokens.Channel(keys.UnpublishedKey)), TestTokens.ServiceUrl, Unauthorized, "Unknown signing key id"),
            "SignedByUnpublishedKeyUnderKnownKid" => (Bearer(TestTokens.Channel(keys.UnpublishedKey, kid: keys.TeamsKey.Kid)), TestTokens.ServiceUrl, Unauthorized, "SecurityTokenInvalidSignatureException IDX10511"),
            "KeyNotEndorsedForMsTeams" => (Bearer(TestTokens.Channel(keys.OtherChannelKey)), TestTokens.ServiceUrl, Forbidden, "not endorsed for channel 'msteams'"),
            "KeyWithoutEndorsements" => (Bearer(TestTokens.Channel(keys.NoEndorsementsKey)), TestTokens.ServiceUrl, Unauthorized, "no endorsements"),
            "ServiceUrlClaimDiffers" => (Bearer(TestTokens.Channel(keys.TeamsKey)), AttackerUrl, Unauthorized, "serviceurl claim"),
            "ServiceUrlClaimMissing" => (Bearer(TestTokens.Channel(keys.TeamsKey, serviceUrl: null)), TestTokens.ServiceUrl, Unauthorized, "serviceurl claim"),
            "TamperedPayload" => (Bearer(TestTokens.Tampered(keys.TeamsKey)), AttackerUrl, Unauthorized, "SecurityTokenInvalidSignatureException IDX10511"),
            "Garbage" => ("Bearer this.is-not.a-jwt", TestTokens.ServiceUrl, Unauthorized, "not a JWT"),
            "OversizedHeader" => ("Bearer " + new string('a', 20_000), TestTokens.ServiceUrl, Unauthorized, "too long"),
            "EntraIssuerOfUnknownTenant" => (Bearer(TestTokens.Entra(keys.EntraKey, TestTokens.EntraV2Issuer("11111111-2222-3333-4444-555555555555"))), TestTokens.ServiceUrl, Unauthorized, "Unknown token issuer"),
            "EntraTokenWithoutAzp" => (Bearer(TestTokens.Entra(keys.EntraKey, TestTokens.EntraV2Issuer(TestTokens.TenantId), callerAppId: null)), TestTokens.ServiceUrl, Unauthorized, "appid/azp"),
            _ => ((string?)null, string.Empty, default(HttpStatusCode), (string?)null),
        };
        return reason is null ? null : new ForgedRequest(authorization, Message(serviceUrl), expected, reason);
    }
}
