namespace TeamsCrm.Web.DemoData;

/// <summary>Runs the seeder once at start-up (after the tables exist, since hosted services start in order).</summary>
public sealed class DemoDataStartup(DemoDataSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => seeder.SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
