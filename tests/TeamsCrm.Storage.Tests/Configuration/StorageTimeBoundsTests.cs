using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace TeamsCrm.Storage.Tests.Configuration;

/// <summary>The outbox repair delay must outlast the longest commit the retry settings allow; the app refuses to start otherwise.</summary>
public sealed class StorageTimeBoundsTests
{
    [Fact]
    public void From_Defaults_BudgetAndMinimumAsDocumented()
    {
        var bounds = StorageTimeBounds.From(new StorageOptions());

        // 4 tries × 20 s + back-off 0.8 s × (2 + 4 + 8) × 1.2; then + 30 s service limit + 30 s clock skew.
        Assert.Equal(TimeSpan.FromSeconds(93.44), bounds.CommitBudget);
        Assert.Equal(TimeSpan.FromSeconds(153.44), bounds.MinimumRepairDelay);
        Assert.True(new StorageOptions().OutboxRepairDelay >= bounds.MinimumRepairDelay);
    }

    [Fact]
    public void From_LongBackOff_EachDelayCappedByMaxRetryDelay()
    {
        var options = new StorageOptions
        {
            MaxRetries = 5,
            RetryDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(4),
            NetworkTimeout = TimeSpan.FromSeconds(10),
        };

        // 6 tries × 10 s + 2.4 s + 4 × 4 s (4.8, 9.6, … capped at 4 s).
        Assert.Equal(TimeSpan.FromSeconds(78.4), StorageTimeBounds.From(options).CommitBudget);
    }

    [Fact]
    public void From_ClockSkewAllowance_AddedToMinimumNotToBudget()
    {
        var single = new StorageOptions { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2), ClockSkewAllowance = TimeSpan.Zero };

        var bounds = StorageTimeBounds.From(single);

        Assert.Equal(TimeSpan.FromSeconds(2), bounds.CommitBudget);
        Assert.Equal(TimeSpan.FromSeconds(32), bounds.MinimumRepairDelay);
    }

    [Fact]
    public async Task StartAsync_RepairDelayBelowDerivedBound_RefusesWithClearMessage()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Storage:OutboxRepairDelay"] = "00:00:30",
        }));

        Assert.Contains("Storage:OutboxRepairDelay (00:00:30) must be at least 00:02:33.4400000", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:NetworkTimeout 00:00:20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_LongerNetworkTimeoutWithDefaultDelay_Refuses()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeout"] = "00:01:00",
        }));

        Assert.Contains("Storage:OutboxRepairDelay (00:03:00) must be at least", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_RepairDelayAtTheBound_Accepted()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:MaxRetries"] = "1",
            ["Storage:NetworkTimeout"] = "00:00:05",
            ["Storage:OutboxRepairDelay"] = StorageTimeBounds.From(new StorageOptions { MaxRetries = 1, NetworkTimeout = TimeSpan.FromSeconds(5) }).MinimumRepairDelay.ToString("c"),
        };
        using var provider = Services(settings).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(1, options.MaxRetries);
        Assert.Equal(StorageTimeBounds.From(options).MinimumRepairDelay, options.OutboxRepairDelay);
    }

    private static async Task StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddCrmStorage();
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCrmStorage();
        return services;
    }
}
