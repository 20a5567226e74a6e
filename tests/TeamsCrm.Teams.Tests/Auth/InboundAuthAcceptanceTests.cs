namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>Valid Bot Framework and Entra tokens are accepted and the turn runs.</summary>
public sealed class InboundAuthAcceptanceTests(OpenIdFixture fixture) : IClassFixture<OpenIdFixture>
{
    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256, TestTokens.AppId)]
    [InlineData(SecurityAlgorithms.RsaSha384, TestTokens.AppId)]
    [InlineData(SecurityAlgorithms.RsaSha512, TestTokens.AppId)]
    [InlineData(SecurityAlgorithms.RsaSha256, "api://" + TestTokens.AppId)]
    [InlineData(SecurityAlgorithms.RsaSha256, "api://botid-" + TestTokens.AppId)]
    public async Task Post_ValidChannelToken_RunsTurn(string algorithm, string audience)
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.Message("hi"), BotTestHost.Bearer(TestTokens.Channel(fixture.Server.TeamsKey, algorithm, audience: audience)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:hi"], host.Effects);
    }

    [Fact]
    public async Task Post_TokenWithinClockSkew_Accepted()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));
        var now = DateTime.UtcNow;
        var token = TestTokens.Channel(fixture.Server.TeamsKey, notBefore: now.AddHours(-1), expires: now.AddMinutes(-3));

        using var response = await host.PostAsync(TestActivities.Message("late"), BotTestHost.Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyRotatedAfterFirstFetch_RefetchesOnceAndAccepts()
    {
        await using var server = await OpenIdServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(server));
        using (var first = await host.PostAsync(TestActivities.Message("one"), BotTestHost.Bearer(TestTokens.Channel(server.TeamsKey))))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        server.PublishRotatedKey();
        using var second = await host.PostAsync(TestActivities.Message("two"), BotTestHost.Bearer(TestTokens.Channel(server.RotatedKey)));
        using var third = await host.PostAsync(TestActivities.Message("three"), BotTestHost.Bearer(TestTokens.Channel(server.RotatedKey)));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, server.ChannelKeyFetches);
    }

    [Fact]
    public async Task Post_ManyRequestsWithCachedKeys_FetchesKeysOnce()
    {
        await using var server = await OpenIdServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(server));

        for (var i = 0; i < 5; i++)
        {
            using var response = await host.PostAsync(TestActivities.Message("m" + i), BotTestHost.Bearer(TestTokens.Channel(server.TeamsKey)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, server.ChannelKeyFetches);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + TestTokens.TenantId + "/v2.0", "2.0")]
    [InlineData("https://sts.windows.net/" + TestTokens.TenantId + "/", "1.0")]
    [InlineData("https://sts.windows.net/" + TestTokens.TenantId + "/", null)]
    [InlineData("https://login.microsoftonline.com/" + TestTokens.BotFrameworkTenantId + "/v2.0", "2.0")]
    [InlineData("https://sts.windows.net/" + TestTokens.BotFrameworkTenantId + "/", "1.0")]
    public async Task Post_BotsOwnEntraToken_Accepted(string issuer, string? version)
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(fixture.Server));

        using var response = await host.PostAsync(TestActivities.Message("entra"), BotTestHost.Bearer(TestTokens.Entra(fixture.Server.EntraKey, issuer, TestTokens.AppId, version)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:entra"], host.Effects);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.0")]
    public async Task Post_EntraTokenOfAllowedCaller_Accepted(string version)
    {
        var settings = BotTestHost.Settings(
            fixture.Server,
            ("Bot:AllowedCallers:0", TestTokens.OtherAppId.ToUpperInvariant()),
            ("Bot:AllowedCallers:1", TestTokens.AllowedCallerAppId));
        await using var host = await BotTestHost.StartAsync(settings);
        var issuer = version == "2.0" ? TestTokens.EntraV2Issuer(TestTokens.TenantId) : TestTokens.EntraV1Issuer(TestTokens.TenantId);

        using var response = await host.PostAsync(TestActivities.Message("caller"), BotTestHost.Bearer(TestTokens.Entra(fixture.Server.EntraKey, issuer, TestTokens.AllowedCallerAppId, version)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:caller"], host.Effects);
    }
}
