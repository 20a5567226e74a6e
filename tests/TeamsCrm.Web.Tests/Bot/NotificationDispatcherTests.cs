using TeamsCrm.Conversation.Turns;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>The dispatcher against the app's own stores (Azurite) and the loopback connector.</summary>
public sealed class NotificationDispatcherTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private readonly string _chat = "a:dispatch-" + Guid.NewGuid().ToString("N")[..8];

    private NotificationDispatcher Dispatcher => host.Factory.Services.GetRequiredService<NotificationDispatcher>();

    [Fact]
    public async Task Dispatch_TrackedNotification_SentOnce_ThenUpdatedInPlaceByKey()
    {
        await host.Chat.SayAsync(DemoTenant.Adele, _chat, "my tasks");
        var key = "card:test:" + Guid.NewGuid().ToString("N");
        var note = new Notification(DemoTenant.Adele.UserId, new OutgoingMessage(null, Card("first"), key), "test:" + key);

        await Dispatcher.DispatchAsync(DemoTenant.TenantId, [note], default);
        await Dispatcher.DispatchAsync(DemoTenant.TenantId, [note], default);
        await Dispatcher.UpdateAsync(DemoTenant.TenantId, [new CardUpdate(key, Card("second"))], default);
        await Dispatcher.UpdateAsync(DemoTenant.TenantId, [new CardUpdate(key, Card("second"))], default);

        var sent = Assert.Single(host.Connector.Of("send", _chat));
        var updates = host.Connector.Of("update", _chat);
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.Equal(sent.ResultId, u.ActivityId));
        Assert.All(updates, u => Assert.Contains("second", u.Json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_UnknownKey_SendsNothing()
    {
        var before = host.Connector.Calls.Count;

        await Dispatcher.UpdateAsync(DemoTenant.TenantId, [new CardUpdate("card:never-sent", Card("x")), new CardUpdate("card:other-tenant", Card("y"))], default);

        Assert.Equal(before, host.Connector.Calls.Count);
    }

    [Fact]
    public async Task Track_AKeyOfAnotherTenant_IsNotFoundInThisOne()
    {
        var store = host.Factory.Services.GetRequiredService<ISentActivityStore>();
        await Dispatcher.TrackAsync("card:other-tenant", new SentActivity("another-tenant", host.Connector.ServiceUrl, "a:elsewhere", "1"), default);
        var before = host.Connector.Calls.Count;

        await Dispatcher.UpdateAsync(DemoTenant.TenantId, [new CardUpdate("card:other-tenant", Card("y"))], default);

        Assert.Equal(before, host.Connector.Calls.Count);
        Assert.NotNull(await store.GetIfExistsAsync("another-tenant", "card:other-tenant"));
    }

    private static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text }),
    };
}
