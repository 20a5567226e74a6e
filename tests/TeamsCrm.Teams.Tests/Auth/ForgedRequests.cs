namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>The catalogue of <see cref="ForgedRequest"/>s: broken credentials, callers that are not the bot, and activities the bot does not serve.</summary>
internal static partial class ForgedRequests
{
    private const string AttackerUrl = "https://attacker.example/";
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const string NotAnAllowedCaller = "is neither Bot:AppId nor in Bot:AllowedCallers";

    public static IReadOnlyList<string> Names { get; } =
    [
        // Broken credentials (the original 23 token cases).
        "NoToken", "EmptyBearer", "WrongScheme", "LowercaseScheme", "AlgNone", "Hs256SignedWithPublicKey", "Ps256NotAllowed",
        "Expired", "NotYetValid", "NoExpiry", "WrongIssuer", "WrongAudience", "TokenForAnotherBot", "UnknownKeyId",
        "SignedByUnpublishedKeyUnderKnownKid", "KeyNotEndorsedForMsTeams", "KeyWithoutEndorsements", "ServiceUrlClaimDiffers",
        "ServiceUrlClaimMissing", "TamperedPayload", "Garbage", "OversizedHeader", "EntraIssuerOfUnknownTenant", "EntraTokenWithoutAzp",
        // Entra tokens of callers that are not the bot.
        "EntraV1OtherAppOfBotTenant", "EntraV2OtherAppOfBotTenant", "EntraV1OtherAppOfBotFrameworkTenant", "EntraV2OtherAppOfBotFrameworkTenant",
        "EntraWithoutVersionOtherApp", "EntraV2AzpOtherAppIdOfBot", "EntraUnknownVersion", "AllowedCallersWithoutTheCaller",
        // Channels other than Teams.
        "WebchatOnlyKeyWebchatActivity", "TeamsKeyWebchatActivity", "TeamsKeyDirectLineActivity", "WebchatOnlyKeyNoChannelId",
        "EntraTokenWebchatActivity",
        // serviceUrls the bot must never call.
        "ChannelTokenForeignServiceUrlHost", "ChannelTokenHostSuffixTrick", "ChannelTokenUserInfoTrick", "ChannelTokenHttpServiceUrl",
        "ChannelTokenNonDefaultPort", "ChannelTokenLoopbackOutsideDevelopment", "EntraTokenForeignServiceUrlHost",
        // Identity bound to the channel's tenant.
        "TenantMismatch", "TenantMismatchMultiTenant", "OtherTenantSingleTenant", "OtherTenantInConversationOnlySingleTenant", "NoTenantSingleTenant",
    ];

    public static ForgedRequest Build(string name, OpenIdServer keys) =>
        BrokenCredential(name, keys) ?? ForeignCaller(name, keys) ?? ForeignChannel(name, keys) ?? ForeignServiceUrl(name, keys)
        ?? ForeignTenant(name, keys) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case.");

    private static ForgedRequest? ForeignCaller(string name, OpenIdServer keys)
    {
        var tenant = TestTokens.TenantId;
        var botFramework = TestTokens.BotFrameworkTenantId;
        var other = TestTokens.OtherAppId;
        return name switch
        {
            "EntraV1OtherAppOfBotTenant" => Entra(keys, TestTokens.EntraV1Issuer(tenant), other, "1.0"),
            "EntraV2OtherAppOfBotTenant" => Entra(keys, TestTokens.EntraV2Issuer(tenant), other, "2.0"),
            "EntraV1OtherAppOfBotFrameworkTenant" => Entra(keys, TestTokens.EntraV1Issuer(botFramework), other, "1.0"),
            "EntraV2OtherAppOfBotFrameworkTenant" => Entra(keys, TestTokens.EntraV2Issuer(botFramework), other, "2.0"),
            "EntraWithoutVersionOtherApp" => Entra(keys, TestTokens.EntraV1Issuer(tenant), other, null),
            // Version 2.0 names its caller in azp; an appid claim naming the bot must not stand in for it.
            "EntraV2AzpOtherAppIdOfBot" => new(Bearer(TestTokens.Entra(keys.EntraKey, TestTokens.EntraV2Issuer(tenant), other, "2.0",
                extraClaims: new Dictionary<string, object> { ["appid"] = TestTokens.AppId })), Message(), Unauthorized, NotAnAllowedCaller),
            "EntraUnknownVersion" => new(Bearer(TestTokens.Entra(keys.EntraKey, TestTokens.EntraV2Issuer(tenant), TestTokens.AppId, "3.0")),
                Message(), Unauthorized, "version '3.0' is not supported"),
            "AllowedCallersWithoutTheCaller" => Entra(keys, TestTokens.EntraV2Issuer(tenant), other, "2.0") with
            {
                Settings = new Dictionary<string, string?> { ["Bot:AllowedCallers:0"] = TestTokens.AllowedCallerAppId },
            },
            _ => null,
        };
    }

    private static ForgedRequest? ForeignChannel(string name, OpenIdServer keys)
    {
        const string notAllowed = "is not in Bot:AllowedChannelIds";
        return name switch
        {
            "WebchatOnlyKeyWebchatActivity" => new(Bearer(TestTokens.Channel(keys.OtherChannelKey)), Message(channelId: "webchat"), Forbidden, "Channel 'webchat' " + notAllowed),
            "TeamsKeyWebchatActivity" => new(Bearer(TestTokens.Channel(keys.TeamsKey)), Message(channelId: "webchat"), Forbidden, "Channel 'webchat' " + notAllowed),
            "TeamsKeyDirectLineActivity" => new(Bearer(TestTokens.Channel(keys.TeamsKey)), Message(channelId: "directline"), Forbidden, "not endorsed for channel 'directline'"),
            "WebchatOnlyKeyNoChannelId" => new(Bearer(TestTokens.Channel(keys.OtherChannelKey)), Without(Message(), "channelId"), Forbidden, "Channel '(none)' " + notAllowed),
            "EntraTokenWebchatActivity" => new(OwnEntraToken(keys), Message(channelId: "webchat"), Forbidden, "Channel 'webchat' " + notAllowed),
            _ => null,
        };
    }

    private static ForgedRequest? ForeignServiceUrl(string name, OpenIdServer keys)
    {
        const string notListed = "is not in Bot:AllowedServiceUrlHosts";
        const string notHttps = "is not https on the default port";
        return name switch
        {
            "ChannelTokenForeignServiceUrlHost" => ValidChannelTokenFor(keys, AttackerUrl, "host 'attacker.example' " + notListed),
            "ChannelTokenHostSuffixTrick" => ValidChannelTokenFor(keys, "https://smba.trafficmanager.net.attacker.example/emea/", notListed),
            "ChannelTokenUserInfoTrick" => ValidChannelTokenFor(keys, "https://smba.trafficmanager.net@attacker.example/emea/", "user information"),
            "ChannelTokenHttpServiceUrl" => ValidChannelTokenFor(keys, "http://smba.trafficmanager.net/emea/", notHttps),
            "ChannelTokenNonDefaultPort" => ValidChannelTokenFor(keys, "https://smba.trafficmanager.net:8443/emea/", notHttps),
            "ChannelTokenLoopbackOutsideDevelopment" => ValidChannelTokenFor(keys, "http://127.0.0.1:3978/", "is loopback"),
            "EntraTokenForeignServiceUrlHost" => new(OwnEntraToken(keys), Message(serviceUrl: AttackerUrl), Forbidden, "host 'attacker.example' " + notListed),
            _ => null,
        };
    }

    private static ForgedRequest? ForeignTenant(string name, OpenIdServer keys)
    {
        var token = Bearer(TestTokens.Channel(keys.TeamsKey));
        const string mismatch = "differs from conversation tenant";
        const string foreign = "of this single-tenant bot";
        return name switch
        {
            "TenantMismatch" => new(token, WithTenants(TestTokens.TenantId, TestTokens.OtherTenantId), Forbidden, mismatch),
            "TenantMismatchMultiTenant" => new(token, WithTenants(TestTokens.OtherTenantId, TestTokens.TenantId), Forbidden, mismatch,
                new Dictionary<string, string?> { ["Bot:AppType"] = "MultiTenant" }),
            "OtherTenantSingleTenant" => new(token, WithTenants(TestTokens.OtherTenantId, TestTokens.OtherTenantId), Forbidden, foreign),
            "OtherTenantInConversationOnlySingleTenant" => new(token, WithTenants(null, TestTokens.OtherTenantId), Forbidden, foreign),
            "NoTenantSingleTenant" => new(token, WithTenants(null, null), Forbidden, "tenant (none) is not the tenant"),
            _ => null,
        };
    }

    private static ForgedRequest Entra(OpenIdServer keys, string issuer, string callerAppId, string? version) =>
        new(Bearer(TestTokens.Entra(keys.EntraKey, issuer, callerAppId, version)), Message(), Unauthorized, NotAnAllowedCaller);

    private static string OwnEntraToken(OpenIdServer keys) => Bearer(TestTokens.Entra(keys.EntraKey, TestTokens.EntraV2Issuer(TestTokens.TenantId)));

    /// <summary>A genuine channel token for exactly this serviceUrl: only the host allow-list can refuse it.</summary>
    private static ForgedRequest ValidChannelTokenFor(OpenIdServer keys, string serviceUrl, string reason) =>
        new(Bearer(TestTokens.Channel(keys.TeamsKey, serviceUrl: serviceUrl)), Message(serviceUrl: serviceUrl), Forbidden, reason);

    private static JsonObject Message(string serviceUrl = TestTokens.ServiceUrl, string channelId = "msteams") =>
        TestActivities.Message("forged", serviceUrl: serviceUrl, channelId: channelId);

    private static JsonObject WithTenants(string? channelDataTenant, string? conversationTenant)
    {
        var activity = Message();
        activity["channelData"] = channelDataTenant is null ? new JsonObject() : new JsonObject { ["tenant"] = new JsonObject { ["id"] = channelDataTenant } };
        var conversation = activity["conversation"]!.AsObject();
        conversation.Remove("tenantId");
        if (conversationTenant is not null)
        {
            conversation["tenantId"] = conversationTenant;
        }

        return activity;
    }

    private static JsonObject Without(JsonObject activity, string property)
    {
        activity.Remove(property);
        return activity;
    }

    private static string Bearer(string token) => BotTestHost.Bearer(token);
}
