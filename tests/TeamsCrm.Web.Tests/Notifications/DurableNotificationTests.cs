using TeamsCrm.Core.Notifications;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Notifications;

namespace TeamsCrm.Web.Tests.Notifications;

/// <summary>
/// Durable notifications in the real app (Azurite, the bot endpoint, a loopback connector) on a fake clock: a failed
/// send is retried with backoff, a restarted app delivers what the stopped one had not, two instances on one store
/// send each notification once, and a reminder is retried until it was sent. Lukas hands his deals to Megan.
/// </summary>
public sealed class DurableNotificationTests
{
    private const string MeganChat = "a:megan-durable";
    private const string LukasChat = "a:lukas-durable";

    [Fact]
    public async Task Offer_ConnectorFailsTwice_RetriedWithBackoffOnTheClock_DeliveredExactlyOnce()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await DeliveryHost.StartAsync(Clock(), connector);
        await MeetAsync(host);
        var deal = await host.NewDealAsync(DemoTenant.Lukas, "Aurora");

        connector.FailNextSends(2);
        await host.StartHandoffAsync(DemoTenant.Lukas, LukasChat, deal, DemoTenant.Megan);
        Assert.Equal((1, 0), Count(connector));

        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(4), host);
        Assert.Equal((1, 0), Count(connector));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(1), host);
        Assert.Equal((2, 0), Count(connector));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(9), host);
        Assert.Equal((2, 0), Count(connector));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(1), host);
        Assert.Equal((2, 1), Count(connector));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromMinutes(10), host);
        await DeliveryHost.AdvanceAsync(TimeSpan.FromHours(2), host);

        var offer = Assert.Single(connector.Of("send", MeganChat));
        Assert.Contains("Aurora", offer.Json, StringComparison.Ordinal);
        Assert.Contains("handoff.accept", offer.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_ANewAppOnTheSameTables_DeliversWhatTheStoppedOneHadNot_Once()
    {
        var time = Clock();
        await using var connector = await LoopbackConnector.StartAsync();
        string prefix;
        await using (var first = await DeliveryHost.StartAsync(time, connector))
        {
            prefix = first.Factory.TablePrefix;
            await MeetAsync(first);
            connector.FailNextSends(1000);
            await first.StartHandoffAsync(DemoTenant.Lukas, LukasChat, await first.NewDealAsync(DemoTenant.Lukas, "Cascade"), DemoTenant.Megan);
            Assert.Equal((1, 0), Count(connector));
        }

        connector.FailNextSends(0);
        await using var second = await DeliveryHost.StartAsync(time, connector, prefix);
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(5), second);
        await DeliveryHost.AdvanceAsync(TimeSpan.FromHours(1), second);

        Assert.Contains("Cascade", Assert.Single(connector.Of("send", MeganChat)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesOnOneStore_SweepingAtOnce_SendEachNotificationOnce()
    {
        var time = Clock();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var a = await DeliveryHost.StartAsync(time, connector);
        await using var b = await DeliveryHost.StartAsync(time, connector, a.Factory.TablePrefix);
        await MeetAsync(a);
        string[] titles = ["Meridian", "Summit", "Beacon", "Zephyr", "Quasar", "Lantern"];
        connector.FailNextSends(titles.Length);
        foreach (var (title, i) in titles.Select((t, i) => (t, i)))
        {
            var host = i % 2 == 0 ? a : b;
            await host.StartHandoffAsync(DemoTenant.Lukas, LukasChat, await host.NewDealAsync(DemoTenant.Lukas, title), DemoTenant.Megan);
        }

        Assert.Equal((titles.Length, 0), Count(connector));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(5), a, b);
        await Task.WhenAll(a.Sweep.RunOnceAsync(default), b.Sweep.RunOnceAsync(default), a.Sweep.RunOnceAsync(default), b.Sweep.RunOnceAsync(default));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromMinutes(5), a, b);

        var offers = connector.Of("send", MeganChat);
        Assert.Equal(titles.Length, offers.Count);
        Assert.All(titles, title => Assert.Single(offers, o => o.Json.Contains(title, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reminder_SendsFail_RetriedUntilSent_EachPartyRemindedOnce()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await DeliveryHost.StartAsync(Clock(), connector, reminders: true);
        await Waits.UntilAsync(() => host.Reminders.CompletedRuns >= 1, "the reminder run at start");
        await MeetAsync(host);
        await host.StartHandoffAsync(DemoTenant.Lukas, LukasChat, await host.NewDealAsync(DemoTenant.Lukas, "Tundra"), DemoTenant.Megan, dueDate: "2026-11-30");
        Assert.Single(connector.Of("send", MeganChat));

        connector.FailNextSends(2);
        var runs = host.Reminders.CompletedRuns;
        await DeliveryHost.AdvanceAsync(TimeSpan.FromDays(1), host);
        await Waits.UntilAsync(() => host.Reminders.CompletedRuns > runs, "the reminder run after a day");
        Assert.Equal(2, connector.Calls.Count(c => c.Operation == "send-failed"));

        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(5), host);
        runs = host.Reminders.CompletedRuns;
        await DeliveryHost.AdvanceAsync(TimeSpan.FromDays(1), host);
        await Waits.UntilAsync(() => host.Reminders.CompletedRuns > runs, "a later reminder run");

        var toMegan = connector.Of("send", MeganChat);
        Assert.Equal(2, toMegan.Count);
        Assert.Contains("is still waiting for your answer", toMegan[1].Json, StringComparison.Ordinal);
        Assert.Contains("has not yet answered your handoff", Assert.Single(connector.Of("send", LukasChat)).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_MarkerWhoseChangeNeverCommitted_DroppedAfterTheRepairDelay_NothingSent()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await DeliveryHost.StartAsync(Clock(), connector);
        var services = host.Factory.Services;
        var accountId = (await services.GetRequiredService<MyWorkService>().OpenDealsAsync(DemoTenant.Lukas))[0].AccountId;
        var never = PendingNotification.For(
            NotificationKind.HandoffOffered, DemoTenant.Megan.UserId, accountId, accountId, "test:never", DemoTenant.Lukas.AsPerson(), host.Time);

        // The writer died between the marker and its transaction.
        await services.GetRequiredService<NotificationOutbox>().WriteMarkersAsync(DemoTenant.TenantId, accountId, [never], default);
        var repairDelay = services.GetRequiredService<IOptions<StorageOptions>>().Value.OutboxRepairDelay;
        await DeliveryHost.AdvanceAsync(repairDelay - TimeSpan.FromSeconds(20), host);
        Assert.Equal(1, await MarkersAsync(services));
        await DeliveryHost.AdvanceAsync(TimeSpan.FromSeconds(40), host);

        Assert.Equal(0, await MarkersAsync(services));
        Assert.DoesNotContain(connector.Calls, c => c.Operation.StartsWith("send", StringComparison.Ordinal));
    }

    private static async Task<int> MarkersAsync(IServiceProvider services)
    {
        var count = 0;
        await foreach (var _ in services.GetRequiredService<CrmTables>().Notify.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            count++;
        }

        return count;
    }

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Both talk to the bot first, so it knows their 1:1 chats.</summary>
    private static async Task MeetAsync(DeliveryHost host)
    {
        await host.Chat.SayAsync(DemoTenant.Megan, MeganChat, "my deals");
        await host.Chat.SayAsync(DemoTenant.Lukas, LukasChat, "my deals");
    }

    /// <summary>(failed sends, successful sends) to Megan.</summary>
    private static (int Failed, int Sent) Count(LoopbackConnector connector) =>
        (connector.Of("send-failed", MeganChat).Count, connector.Of("send", MeganChat).Count);
}
