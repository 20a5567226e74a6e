namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>What the allow-lists and the tenant binding let through: Teams' documented hosts, configured lists, Development loopback, other tenants of a multi-tenant bot.</summary>
public sealed class InboundTrustAcceptanceTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    public static TheoryData<string> DocumentedHosts => new(TeamsServiceUrlHosts.Defaults);

    [Theory]
    [MemberData(nameof(DocumentedHosts))]
    public async Task Post_DocumentedTeamsHost_Accepted(string host)
    {
        await using var bot = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var serviceUrl = $"https://{host}/teams/";

        using var response = await bot.PostAsync(TestActivities.Message("hi", serviceUrl: serviceUrl), ChannelToken(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:hi"], bot.Effects);
        Assert.Equal(serviceUrl, (await bot.References.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId))!.ServiceUrl);
    }

    [Fact]
    public async Task Post_ConfiguredHosts_ReplaceTheDefaults()
    {
        var settings = BotTestHost.Settings(
            fixture.Server,
            ("Bot:AllowedServiceUrlHosts:0", "connector.example.test"),
            ("Bot:ProactiveServiceUrl", "https://connector.example.test/teams/"));
        await using var bot = await BotTestHost.StartAsync(settings);
        const string configured = "https://connector.example.test/teams/";

        using var accepted = await bot.PostAsync(TestActivities.Message("ok", serviceUrl: configured), ChannelToken(configured));
        using var refused = await bot.PostAsync(TestActivities.Message("default host"), ChannelToken(TestTokens.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["message:ok"], bot.Effects);
    }

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector/")]
    [InlineData("http://localhost:56150/_connector")]
    public async Task Post_LoopbackServiceUrlWithDevelopmentSwitch_Accepted(string serviceUrl)
    {
        await using var bot = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server, ("Bot:AllowLoopbackServiceUrls", "true")), "Development");

        using var response = await bot.PostAsync(TestActivities.Message("local", serviceUrl: serviceUrl), ChannelToken(serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:local"], bot.Effects);
    }

    [Fact]
    public async Task Post_ConfiguredChannelIds_AcceptsListedChannelOnly()
    {
        await using var bot = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server, ("Bot:AllowedChannelIds:0", "webchat")));

        using var webchat = await bot.PostAsync(TestActivities.Message("web", channelId: "webchat"), ChannelToken(TestTokens.ServiceUrl));
        using var teams = await bot.PostAsync(TestActivities.Message("teams"), ChannelToken(TestTokens.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, webchat.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, teams.StatusCode);
        Assert.Equal(["message:web"], bot.Effects);
    }

    [Fact]
    public async Task Post_MultiTenantActivityOfAnotherTenant_AcceptedInThatTenant()
    {
        await using var bot = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server, ("Bot:AppType", "MultiTenant")));

        using var response = await bot.PostAsync(WithTenant(TestActivities.Message("guest org"), TestTokens.OtherTenantId), ChannelToken(TestTokens.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await bot.References.GetIfExistsAsync(TestTokens.OtherTenantId, TestActivities.PersonalConversationId));
        Assert.Null(await bot.References.GetIfExistsAsync(TestTokens.TenantId, TestActivities.PersonalConversationId));
    }

    [Fact]
    public async Task Post_TenantOnlyInChannelData_AcceptedForItsTenant()
    {
        await using var bot = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var activity = TestActivities.Message("channel data only");
        activity["conversation"]!.AsObject().Remove("tenantId");

        using var response = await bot.PostAsync(activity, ChannelToken(TestTokens.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:channel data only"], bot.Effects);
    }

    private string ChannelToken(string serviceUrl) => BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey, serviceUrl: serviceUrl));

    private static JsonObject WithTenant(JsonObject activity, string tenantId)
    {
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        activity["conversation"]!["tenantId"] = tenantId;
        return activity;
    }
}
