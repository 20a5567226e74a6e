using System.Net;
using Microsoft.IdentityModel.Tokens;
using TeamsCrm.Teams.Tests.Support;

namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>
/// Every invalid credential is refused with 401/403 and leaves no trace: no handler ran, nothing was claimed
/// for dedup, no conversation reference was written, nothing was sent.
/// </summary>
public sealed class InboundAuthRejectionTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    private const string AttackerUrl = "https://attacker.example/";

    public static TheoryData<string> Cases => new()
    {
        "NoToken", "EmptyBearer", "WrongScheme", "LowercaseScheme", "AlgNone", "Hs256SignedWithPublicKey", "Ps256NotAllowed",
        "Expired", "NotYetValid", "NoExpiry", "WrongIssuer", "WrongAudience", "TokenForAnotherBot", "UnknownKeyId",
        "SignedByUnpublishedKeyUnderKnownKid", "KeyNotEndorsedForMsTeams", "KeyWithoutEndorsements", "ServiceUrlClaimDiffers",
        "ServiceUrlClaimMissing", "TamperedPayload", "Garbage", "OversizedHeader", "EntraIssuerOfUnknownTenant", "EntraTokenWithoutAzp",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_InvalidCredential_RejectedWithoutSideEffect(string name)
    {
        var (authorization, serviceUrl, expected) = Build(name);
        var reason = ExpectedReason(name);
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.Message(serviceUrl: serviceUrl), authorization);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, host.SideEffects);
        Assert.Contains(host.Logs, line => line.StartsWith("Rejected activity:", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
    }

    /// <summary>Why each case must be refused: a rejection for another reason would hide a missing check.</summary>
    private static string ExpectedReason(string name) => name switch
    {
        "NoToken" => "No Authorization header",
        "EmptyBearer" or "WrongScheme" or "LowercaseScheme" => "not Bearer",
        "AlgNone" => "Algorithm 'none' is not allowed",
        "Hs256SignedWithPublicKey" => "Algorithm 'HS256' is not allowed",
        "Ps256NotAllowed" => "Algorithm 'PS256' is not allowed",
        "Expired" => "SecurityTokenExpiredException",
        "NotYetValid" => "SecurityTokenNotYetValidException",
        "NoExpiry" => "SecurityTokenNoExpirationException",
        "WrongIssuer" or "EntraIssuerOfUnknownTenant" => "Unknown token issuer",
        "WrongAudience" or "TokenForAnotherBot" => "SecurityTokenInvalidAudienceException",
        "UnknownKeyId" => "Unknown signing key id",
        "SignedByUnpublishedKeyUnderKnownKid" or "TamperedPayload" => "SecurityTokenInvalidSignatureException IDX10511",
        "KeyNotEndorsedForMsTeams" => "not endorsed for channel 'msteams'",
        "KeyWithoutEndorsements" => "no endorsements",
        "ServiceUrlClaimDiffers" or "ServiceUrlClaimMissing" => "serviceurl claim",
        "Garbage" => "not a JWT",
        "OversizedHeader" => "too long",
        "EntraTokenWithoutAzp" => "appid/azp",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case."),
    };

    private (string? Authorization, string ServiceUrl, HttpStatusCode Expected) Build(string name)
    {
        var keys = fixture.Server;
        var now = DateTime.UtcNow;
        var url = TestTokens.ServiceUrl;
        const HttpStatusCode unauthorized = HttpStatusCode.Unauthorized;
        string Bearer(string token) => BotTestHost.Bearer(token);
        return name switch
        {
            "NoToken" => (null, url, unauthorized),
            "EmptyBearer" => ("Bearer ", url, unauthorized),
            "WrongScheme" => ("Basic " + Convert.ToBase64String("app:secret"u8.ToArray()), url, unauthorized),
            "LowercaseScheme" => ("bearer " + TestTokens.Channel(keys.TeamsKey), url, unauthorized),
            "AlgNone" => (Bearer(TestTokens.AlgNone(keys.TeamsKey)), url, unauthorized),
            "Hs256SignedWithPublicKey" => (Bearer(TestTokens.Hs256WithPublicKey(keys.TeamsKey)), url, unauthorized),
            "Ps256NotAllowed" => (Bearer(TestTokens.Channel(keys.TeamsKey, SecurityAlgorithms.RsaSsaPssSha256)), url, unauthorized),
            "Expired" => (Bearer(TestTokens.Channel(keys.TeamsKey, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6))), url, unauthorized),
            "NotYetValid" => (Bearer(TestTokens.Channel(keys.TeamsKey, notBefore: now.AddMinutes(6), expires: now.AddHours(1))), url, unauthorized),
            "NoExpiry" => (Bearer(TestTokens.WithoutExpiry(keys.TeamsKey)), url, unauthorized),
            "WrongIssuer" => (Bearer(TestTokens.Channel(keys.TeamsKey, issuer: "https://api.botframework.com.attacker.example")), url, unauthorized),
            "WrongAudience" => (Bearer(TestTokens.Channel(keys.TeamsKey, audience: "https://graph.microsoft.com")), url, unauthorized),
            "TokenForAnotherBot" => (Bearer(TestTokens.Channel(keys.TeamsKey, audience: "0ther000-0000-4000-8000-000000000000")), url, unauthorized),
            "UnknownKeyId" => (Bearer(TestTokens.Channel(keys.UnpublishedKey)), url, unauthorized),
            "SignedByUnpublishedKeyUnderKnownKid" => (Bearer(TestTokens.Channel(keys.UnpublishedKey, kid: keys.TeamsKey.Kid)), url, unauthorized),
            "KeyNotEndorsedForMsTeams" => (Bearer(TestTokens.Channel(keys.OtherChannelKey)), url, HttpStatusCode.Forbidden),
            "KeyWithoutEndorsements" => (Bearer(TestTokens.Channel(keys.NoEndorsementsKey)), url, unauthorized),
            "ServiceUrlClaimDiffers" => (Bearer(TestTokens.Channel(keys.TeamsKey)), AttackerUrl, unauthorized),
            "ServiceUrlClaimMissing" => (Bearer(TestTokens.Channel(keys.TeamsKey, serviceUrl: null)), url, unauthorized),
            "TamperedPayload" => (Bearer(TestTokens.Tampered(keys.TeamsKey)), AttackerUrl, unauthorized),
            "Garbage" => ("Bearer this.is-not.a-jwt", url, unauthorized),
            "OversizedHeader" => ("Bearer " + new string('a', 20_000), url, unauthorized),
            "EntraIssuerOfUnknownTenant" => (Bearer(TestTokens.Entra(keys.EntraKey, "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0")), url, unauthorized),
            "EntraTokenWithoutAzp" => (Bearer(TestTokens.Entra(keys.EntraKey, $"https://login.microsoftonline.com/{TestTokens.TenantId}/v2.0", azp: null)), url, unauthorized),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case."),
        };
    }
}
