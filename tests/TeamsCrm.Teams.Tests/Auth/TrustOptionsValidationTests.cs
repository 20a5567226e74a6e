namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>The trust settings are checked at start: a bad list entry or the loopback switch outside Development stops the app.</summary>
public sealed class TrustOptionsValidationTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_AllowLoopbackServiceUrlsOutsideDevelopment_RefusesToStart(string environment)
    {
        var error = await BotTestHost.RefusedStartAsync(environment, ("Bot:AllowLoopbackServiceUrls", "true"));

        Assert.Contains("Bot:AllowLoopbackServiceUrls is only allowed in Development", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(" ", "is empty")]
    [InlineData("https://smba.trafficmanager.net", "is not a host name")]
    [InlineData("smba.trafficmanager.net/teams", "is not a host name")]
    [InlineData("smba.trafficmanager.net:443", "is not a host name")]
    [InlineData("*.trafficmanager.net", "is not a host name")]
    [InlineData("smba trafficmanager.net", "is not a host name")]
    [InlineData("127.0.0.1", "is not a host name")]
    [InlineData("localhost", "is loopback")]
    public async Task Start_BadServiceUrlHost_RefusesToStart(string host, string problem)
    {
        var error = await BotTestHost.RefusedStartAsync(
            ("Bot:AllowedServiceUrlHosts:0", TeamsServiceUrlHosts.Public),
            ("Bot:AllowedServiceUrlHosts:1", host));

        Assert.Contains($"Bot:AllowedServiceUrlHosts entry '{host}' {problem}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("ms teams")]
    public async Task Start_BadChannelIdEntry_RefusesToStart(string channelId)
    {
        var error = await BotTestHost.RefusedStartAsync(
            ("Bot:AllowedChannelIds:0", "msteams"),
            ("Bot:AllowedChannelIds:1", channelId));

        Assert.Contains($"Bot:AllowedChannelIds entry '{channelId}' is empty or contains white space", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("not-a-guid")]
    public async Task Start_BadAllowedCaller_RefusesToStart(string caller)
    {
        var error = await BotTestHost.RefusedStartAsync(("Bot:AllowedCallers:0", caller));

        Assert.Contains($"Bot:AllowedCallers entry '{caller}' is not an application (client) id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example/", "is not in Bot:AllowedServiceUrlHosts")]
    [InlineData("http://smba.trafficmanager.net/teams/", "is not https on the default port")]
    [InlineData("http://127.0.0.1:56150/_connector/", "is loopback")]
    public async Task Start_ProactiveServiceUrlNotAllowed_RefusesToStart(string serviceUrl, string problem)
    {
        var error = await BotTestHost.RefusedStartAsync(("Bot:ProactiveServiceUrl", serviceUrl));

        Assert.Contains("Bot:ProactiveServiceUrl is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ValidTrustSettingsInDevelopment_Starts()
    {
        var settings = BotTestHost.Settings(
            null,
            ("Bot:AllowedCallers:0", TestTokens.AllowedCallerAppId),
            ("Bot:AllowedChannelIds:0", "msteams"),
            ("Bot:AllowedServiceUrlHosts:0", TeamsServiceUrlHosts.GccHigh),
            ("Bot:AllowLoopbackServiceUrls", "true"),
            ("Bot:ProactiveServiceUrl", "http://127.0.0.1:56150/_connector/"));
        await using var host = await BotTestHost.StartAsync(settings, "Development");

        var options = host.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        Assert.Equal([TestTokens.AllowedCallerAppId], options.AllowedCallers);
        Assert.Equal([TeamsServiceUrlHosts.GccHigh], host.Services.GetRequiredService<ServiceUrlAllowList>().Hosts);
    }

    [Fact]
    public void Options_Defaults_OnlyTheBotAndTeams()
    {
        var options = new BotOptions();
        var allowList = new ServiceUrlAllowList(Options.Create(options));

        Assert.Empty(options.AllowedCallers);
        Assert.Empty(options.AllowedChannelIds);
        Assert.Equal(["msteams"], InboundActivityPolicy.DefaultChannelIds);
        Assert.False(options.AllowLoopbackServiceUrls);
        Assert.Equal(
            ["smba.infra.dod.teams.microsoft.us", "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "smba.onyx.prod.teams.trafficmanager.net", "smba.trafficmanager.net"],
            allowList.Hosts.Order(StringComparer.Ordinal));
        Assert.True(allowList.IsAllowed(options.ProactiveServiceUrl));
        Assert.False(allowList.IsAllowed("http://127.0.0.1:56150/_connector/"));
    }
}
