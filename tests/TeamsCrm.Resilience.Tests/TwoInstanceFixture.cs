namespace TeamsCrm.Resilience.Tests;

/// <summary>Two app instances started at the same moment on one empty store (the suite's Azurite, tables of their own).</summary>
public sealed class TwoInstanceFixture : IAsyncLifetime
{
    internal AppCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await AppCluster.StartAsync(2, TestStorage.ConnectionString);

    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
