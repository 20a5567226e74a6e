namespace TeamsCrm.Web.DemoData;

/// <summary>
/// Seeds the demo history in the background after the demo companies exist (<see cref="DemoDataStartup"/> is registered
/// and started first), so the app's start does not wait for it. A failure is logged; the next start tries again.
/// </summary>
public sealed partial class DemoHistoryStartup(DemoHistorySeeder seeder, ILogger<DemoHistoryStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await seeder.SeedAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 8655, Level = LogLevel.Error, Message = "Seeding the demo history failed; the next start tries again.")]
    private partial void LogFailed(Exception exception);
}
