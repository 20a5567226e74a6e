using Microsoft.AspNetCore.TestHost;

namespace TeamsCrm.Web.Tests.Infrastructure;

/// <summary>
/// The real web host in Development against the Azurite started by the test command, in tables of
/// its own (the bot's too). The handoff reminder job is off unless a test turns it on. <paramref name="settings"/>
/// override configuration and <paramref name="services"/> replace services for one test; <paramref name="tablePrefix"/>
/// puts a second app (a restart, another instance) on the tables of a first.
/// </summary>
public sealed class CrmWebFactory(
    IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? tablePrefix = null) : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = tablePrefix ?? TestStorage.NewTablePrefix("W");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", TestStorage.ConnectionString);
        builder.UseSetting("Storage:TablePrefix", TablePrefix);
        builder.UseSetting("Bot:TablePrefix", TablePrefix + "Bot");
        builder.UseSetting("Bot:HandoffReminderInterval", "00:00:00");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>
    /// Waits until the demo history, which the app seeds in the background after it starts, is stored (at once when
    /// a test removed that service): a test that reads an account's deals twice must not see history arrive between.
    /// </summary>
    public async Task DemoHistorySeededAsync()
    {
        var history = Services.GetServices<IHostedService>().OfType<DemoHistoryStartup>().SingleOrDefault();
        if (history?.ExecuteTask is { } seeding)
        {
            await seeding.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }
}
