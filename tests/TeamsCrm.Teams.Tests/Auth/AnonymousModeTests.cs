namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>Bot:AllowUnauthenticated: accepted only in Development; the app refuses to start with it anywhere else.</summary>
public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_AllowUnauthenticatedOutsideDevelopment_RefusesToStart(string environment)
    {
        var error = await BotTestHost.RefusedStartAsync(environment, ("Bot:AllowUnauthenticated", "true"));

        Assert.Contains("AllowUnauthenticated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAppIdInProduction_RefusesToStart()
    {
        await BotTestHost.RefusedStartAsync(("Bot:AppId", null));
    }

    [Fact]
    public async Task Start_SingleTenantWithoutSecret_RefusesToStart()
    {
        var error = await BotTestHost.RefusedStartAsync(("Bot:ClientSecret", null));

        Assert.Contains("ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoTokenWithAllowUnauthenticatedInDevelopment_RunsTurn()
    {
        var settings = BotTestHost.Settings(
            null,
            ("Bot:AllowUnauthenticated", "true"),
            ("Bot:AppId", null));
        await using var host = await BotTestHost.StartAsync(settings, "Development");

        using var response = await host.PostAsync(TestActivities.Message("local"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message:local"], host.Effects);
    }

    [Fact]
    public async Task Post_InvalidTokenWithAllowUnauthenticated_StillValidatedAndRejected()
    {
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(null, ("Bot:AllowUnauthenticated", "true")), "Development");

        using var response = await host.PostAsync(TestActivities.Message("forged"), "Bearer forged.token.value");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, host.SideEffects);
    }

    [Fact]
    public void Options_Defaults_PointAtPublicBotFramework()
    {
        var options = new BotOptions();

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.False(options.AllowUnauthenticated);
    }
}
