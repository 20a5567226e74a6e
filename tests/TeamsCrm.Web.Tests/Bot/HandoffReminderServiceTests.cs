using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace TeamsCrm.Web.Tests.Bot;

/// <summary>The reminder job in the real app on a fake clock: an overdue handoff reminds both parties once.</summary>
public sealed class HandoffReminderServiceTests
{
    private const string MeganChat = "a:megan-reminders";
    private const string LukasChat = "a:lukas-reminders";

    [Fact]
    public async Task OverdueHandoff_BothPartiesRemindedOnce_ABrokenTenantStopsNothing()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var logs = new ConcurrentQueue<string>();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var factory = new CrmWebFactory(
            new Dictionary<string, string?> { ["Bot:ProactiveServiceUrl"] = connector.ServiceUrl, ["Bot:HandoffReminderInterval"] = "00:05:00" },
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
                services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(logs));
            });
        var chat = new BotChat(factory.CreateClient(), connector);
        var job = factory.Services.GetServices<IHostedService>().OfType<HandoffReminderService>().Single();
        await Waits.UntilAsync(() => job.CompletedRuns >= 1, "the run at start");

        // A tenant whose id no CRM key accepts sorts first and fails; the demo tenant must still be reminded.
        await factory.Services.GetRequiredService<IConversationReferenceStore>().UpsertAsync(new ConversationReference
        {
            ServiceUrl = connector.ServiceUrl,
            ConversationId = "a:broken",
            TenantId = "0broken/tenant",
            ConversationType = "personal",
        });
        await chat.SayAsync(DemoTenant.Megan, MeganChat, "meine Deals", "de-DE");
        await chat.SayAsync(DemoTenant.Lukas, LukasChat, "my deals");
        var deal = (await factory.Services.GetRequiredService<TeamsCrm.Core.MyWork.MyWorkService>().OpenDealsAsync(DemoTenant.Lukas)).First(d => d.Item.CanHandOff);
        await chat.ClickAsync(DemoTenant.Lukas, LukasChat, "customer-card", "handoff.start", new JsonObject
        {
            ["accountId"] = deal.AccountId,
            ["handoffDealId"] = deal.Item.Id,
            ["handoffRecipientId"] = DemoTenant.Megan.UserId,
            ["handoffDueDate"] = "2026-11-30",
        });
        Assert.Single(connector.Of("send", MeganChat));

        // A day of five-minute ticks fires at once on the fake clock; the timer coalesces them into one run or two.
        time.Advance(TimeSpan.FromDays(1));
        await Waits.UntilAsync(() => job.CompletedRuns >= 2, "the run after a day");
        var runs = job.CompletedRuns;
        time.Advance(TimeSpan.FromMinutes(5));
        await Waits.UntilAsync(() => job.CompletedRuns > runs, "a later run");

        Assert.True(logs.Count(l => l.Contains("Handoff reminders for tenant 0broken/tenant failed", StringComparison.Ordinal)) >= 2);
        var toMegan = connector.Of("send", MeganChat);
        Assert.Equal(2, toMegan.Count);
        Assert.Contains("wartet noch auf Ihre Antwort", toMegan[1].Json, StringComparison.Ordinal);
        Assert.Contains("handoff.accept", toMegan[1].Json, StringComparison.Ordinal);
        var toLukas = Assert.Single(connector.Of("send", LukasChat));
        Assert.Contains("has not yet answered your handoff", toLukas.Json, StringComparison.Ordinal);

        // The reminder is tracked: answering replaces it (and the offer) in place.
        await chat.ClickAsync(DemoTenant.Megan, MeganChat, toMegan[1].ResultId, "handoff.accept", BotChat.ActionData(toMegan[1], "handoff.accept"), "de-DE");
        Assert.Equal(new[] { toMegan[0].ResultId, toMegan[1].ResultId }.Order(StringComparer.Ordinal), connector.Of("update", MeganChat).Select(u => u.ActivityId).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { toLukas.ResultId, "customer-card" }.Order(StringComparer.Ordinal), connector.Of("update", LukasChat).Select(u => u.ActivityId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("00:00:05")]
    [InlineData("-00:01:00")]
    [InlineData("2.00:00:00")]
    public void Options_InvalidInterval_AreRefused(string interval)
    {
        using var provider = BotServices(interval);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HandoffReminderOptions>>().Value);

        Assert.Contains("HandoffReminderInterval", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:10")]
    [InlineData("1.00:00:00")]
    public void Options_OffOrInRange_AreAccepted(string interval)
    {
        using var provider = BotServices(interval);

        Assert.Equal(TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), provider.GetRequiredService<IOptions<HandoffReminderOptions>>().Value.HandoffReminderInterval);
    }

    /// <summary>AddCrmBot's registrations alone (validated like at start, without starting an app).</summary>
    private static ServiceProvider BotServices(string interval)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:HandoffReminderInterval"] = interval }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddCrmBot(configuration);
        return services.BuildServiceProvider();
    }
}
