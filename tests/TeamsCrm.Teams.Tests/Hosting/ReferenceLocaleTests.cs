using TeamsCrm.Teams.Tests.Persistence;

namespace TeamsCrm.Teams.Tests.Hosting;

/// <summary>The endpoint stores each user's activity locale (Table Storage on Azurite); an activity without one keeps it.</summary>
public sealed class ReferenceLocaleTests(OpenIdFixture openId, AzuriteFixture azurite) : IClassFixture<OpenIdFixture>, IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Post_PersonalMessageThenInstallWithoutLocale_KeepsTheUsersLocale()
    {
        var prefix = TestStorage.NewTablePrefix("L");
        using var store = new TableConversationReferenceStore(azurite.Tables, prefix);
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(openId.Server),
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore>(store)));
        var token = BotTestHost.Bearer(TestTokens.Channel(openId.Server.TeamsKey));
        var install = TestActivities.Install();
        install.Remove("locale");

        using var message = await host.PostAsync(TestActivities.Message("hallo", locale: "de-AT"), token);
        using var installed = await host.PostAsync(install, token);

        Assert.Equal("de-AT", (await store.GetPersonalIfExistsAsync(TestTokens.TenantId, TestActivities.UserAadObjectId))!.Locale);
        Assert.Equal("de-AT", await store.GetUserLocaleAsync(TestTokens.TenantId, TestActivities.UserAadObjectId));
        Assert.Equal([TestTokens.TenantId], await store.QueryTenantsAsync().ToListAsync());
    }
}
