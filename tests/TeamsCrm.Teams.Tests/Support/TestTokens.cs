namespace TeamsCrm.Teams.Tests.Support;

/// <summary>Builds valid and deliberately broken bot tokens.</summary>
internal static class TestTokens
{
    public const string AppId = DemoPeople.BotAppId;
    public const string TenantId = DemoPeople.TenantId;
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>Another app registration (of the bot's tenant or any other): never the bot.</summary>
    public const string OtherAppId = "ab1e0000-0000-4000-8000-000000000001";

    /// <summary>An app the tests put into Bot:AllowedCallers.</summary>
    public const string AllowedCallerAppId = "a11000ed-0000-4000-8000-000000000002";

    /// <summary>A tenant that is not the bot's.</summary>
    public const string OtherTenantId = "0f0f0f0f-1111-4222-8333-444444444444";

    /// <summary>Entra issuers: v1 (sts.windows.net) and v2 (login.microsoftonline.com/…/v2.0) of a tenant.</summary>
    public static string EntraV1Issuer(string tenant) => $"https://sts.windows.net/{tenant}/";

    public static string EntraV2Issuer(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>One of the Bot Framework tenants whose Entra tokens the bot accepts (from the bot itself only).</summary>
    public const string BotFrameworkTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public static string Channel(
        TestKey key,
        string algorithm = SecurityAlgorithms.RsaSha256,
        string issuer = ChannelIssuer,
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string? kid = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var rsa = new RsaSecurityKey(key.Rsa) { KeyId = kid ?? key.Kid };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(rsa, algorithm),
        });
    }

    /// <summary>An Entra-issued token; the caller app id goes to azp for version 2.0, else to appid (version 1.0 or no version).</summary>
    public static string Entra(
        TestKey key,
        string issuer,
        string? callerAppId = AppId,
        string? version = "2.0",
        string audience = AppId,
        IReadOnlyDictionary<string, object>? extraClaims = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (version is not null)
        {
            claims["ver"] = version;
        }

        if (callerAppId is not null)
        {
            claims[version == "2.0" ? "azp" : "appid"] = callerAppId;
        }

        foreach (var (name, value) in extraClaims ?? new Dictionary<string, object>())
        {
            claims[name] = value;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key.Rsa) { KeyId = key.Kid }, SecurityAlgorithms.RsaSha256),
        });
    }

    public static string WithoutExpiry(TestKey key)
    {
        var header = Encode($$"""{"alg":"RS256","typ":"JWT","kid":"{{key.Kid}}"}""");
        var payload = Encode($$"""{"iss":"{{ChannelIssuer}}","aud":"{{AppId}}","serviceurl":"{{ServiceUrl}}"}""");
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>alg "none": header and payload of a valid token, no signature.</summary>
    public static string AlgNone(TestKey key)
    {
        var payload = Channel(key).Split('.')[1];
        return Encode($$"""{"alg":"none","typ":"JWT","kid":"{{key.Kid}}"}""") + "." + payload + ".";
    }

    /// <summary>The key-confusion attack: HS256 with the RSA public key as HMAC secret.</summary>
    public static string Hs256WithPublicKey(TestKey key)
    {
        var header = Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{key.Kid}}"}""");
        var payload = Channel(key).Split('.')[1];
        var secret = key.Rsa.ExportSubjectPublicKeyInfo();
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>A valid token whose payload was swapped for another (e.g. a different serviceurl) after signing.</summary>
    public static string Tampered(TestKey key)
    {
        var parts = Channel(key).Split('.');
        var forged = Channel(key, serviceUrl: "https://attacker.example/").Split('.')[1];
        return parts[0] + "." + forged + "." + parts[2];
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
