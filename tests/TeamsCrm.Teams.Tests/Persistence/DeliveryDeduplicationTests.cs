namespace TeamsCrm.Teams.Tests.Persistence;

/// <summary>Through the real endpoint with Table Storage state: three deliveries of one activity have one effect.</summary>
public sealed class DeliveryDeduplicationTests(AzuriteFixture azurite, OpenIdFixture openId) : IClassFixture<AzuriteFixture>, IClassFixture<OpenIdFixture>
{
    [Fact]
    public async Task Post_SameActivityThreeTimesWithTableStorage_OneEffectOneReply()
    {
        // A tenant of its own per run: a multi-tenant bot serves it (a single-tenant one would refuse it).
        await using var host = await BotTestHost.StartAsync(BotTestHost.Settings(openId.Server, ("Bot:AppType", "MultiTenant")), configureServices: services =>
        {
            services.AddSingleton(azurite.Tables);
            services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, TableActivityDeduplicator>());
            services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, TableConversationReferenceStore>());
        });
        var activity = TestActivities.Message("only once", id: "1:" + Guid.NewGuid().ToString("N"));
        var tenant = AzuriteFixture.NewTenant();
        activity["channelData"]!["tenant"]!["id"] = tenant;
        activity["conversation"]!["tenantId"] = tenant;
        var token = BotTestHost.Bearer(TestTokens.Channel(openId.Server.TeamsKey));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.PostAsync(activity, token);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(["message:only once"], host.Effects);
        Assert.Single(host.Connector.Calls);
    }
}
