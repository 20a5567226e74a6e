using Microsoft.Extensions.Hosting;

namespace TeamsCrm.Storage.Configuration;

/// <summary>Creates the CRM's tables at start-up, before the app takes requests.</summary>
public sealed class StorageInitializer(CrmTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateIfNotExistsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
