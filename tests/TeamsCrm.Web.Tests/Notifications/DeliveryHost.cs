using TeamsCrm.Web.Tests.Bot;

namespace TeamsCrm.Web.Tests.Notifications;

/// <summary>
/// One real app instance on a fake clock, with the notification sweep every second and the jitter pinned to its
/// maximum (a failed attempt n waits exactly 5 s × 2^(n−1)), whose connector calls go to a shared loopback connector.
/// Several hosts on one <see cref="CrmWebFactory.TablePrefix"/> are a restart or a scale-out.
/// </summary>
internal sealed class DeliveryHost : IAsyncDisposable
{
    private DeliveryHost(CrmWebFactory factory, FakeTimeProvider time, LoopbackConnector connector)
    {
        Factory = factory;
        Time = time;
        Chat = new BotChat(factory.CreateClient(), connector);
        Delivery = factory.Services.GetRequiredService<NotificationDelivery>();
        Delivery.Jitter = () => 1.0;
        Sweep = factory.Services.GetServices<IHostedService>().OfType<NotificationDeliveryService>().Single();
        Reminders = factory.Services.GetServices<IHostedService>().OfType<HandoffReminderService>().Single();
    }

    public CrmWebFactory Factory { get; }

    public FakeTimeProvider Time { get; }

    public BotChat Chat { get; }

    public NotificationDelivery Delivery { get; }

    public NotificationDeliveryService Sweep { get; }

    public HandoffReminderService Reminders { get; }

    public static async Task<DeliveryHost> StartAsync(FakeTimeProvider time, LoopbackConnector connector, string? tablePrefix = null, bool reminders = false)
    {
        var factory = new CrmWebFactory(
            new Dictionary<string, string?>
            {
                ["Bot:ProactiveServiceUrl"] = connector.ServiceUrl,
                ["Notifications:SweepInterval"] = "00:00:01",
                ["Bot:HandoffReminderInterval"] = reminders ? "00:05:00" : "00:00:00",
            },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)),
            tablePrefix);
        var host = new DeliveryHost(factory, time, connector);
        await Waits.UntilAsync(() => host.Sweep.CompletedRuns >= 1, "the sweep at start");
        return host;
    }

    /// <summary>
    /// Moves the clock, waits until each host's background sweep has run after it, then runs each host's sweep once more
    /// at the final time (the fake clock fires the timer at intermediate times while it advances, so a background run
    /// may have seen an earlier time).
    /// </summary>
    public static async Task AdvanceAsync(TimeSpan by, params DeliveryHost[] hosts)
    {
        var before = hosts.Select(h => h.Sweep.CompletedRuns).ToArray();
        hosts[0].Time.Advance(by);
        for (var i = 0; i < hosts.Length; i++)
        {
            var (host, runs) = (hosts[i], before[i]);
            await Waits.UntilAsync(() => host.Sweep.CompletedRuns > runs, "a sweep after the clock moved");
        }

        await Task.WhenAll(hosts.Select(h => h.Sweep.RunOnceAsync(default)));
    }

    /// <summary>A new open deal of <paramref name="owner"/>, on the account of their first open deal.</summary>
    public async Task<(string AccountId, string DealId)> NewDealAsync(Caller owner, string title)
    {
        var accountId = (await Factory.Services.GetRequiredService<MyWorkService>().OpenDealsAsync(owner))[0].AccountId;
        var created = await Factory.Services.GetRequiredService<DealService>().CreateAsync(owner, accountId, new DealInput(title, 25_000m, Probability: 40));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return (accountId, created.Value!.Id);
    }

    /// <summary><paramref name="from"/> starts a handoff of the deal from its customer card (Action.Execute, in their 1:1 chat).</summary>
    public Task StartHandoffAsync(Caller from, string chat, (string AccountId, string DealId) deal, Caller to, string? dueDate = null, string? note = null)
    {
        var data = new JsonObject { ["accountId"] = deal.AccountId, ["handoffDealId"] = deal.DealId, ["handoffRecipientId"] = to.UserId };
        if (dueDate is not null)
        {
            data["handoffDueDate"] = dueDate;
        }

        if (note is not null)
        {
            data["handoffNote"] = note;
        }

        return Chat.ClickAsync(from, chat, "customer-card-" + deal.DealId[^6..], "handoff.start", data);
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
