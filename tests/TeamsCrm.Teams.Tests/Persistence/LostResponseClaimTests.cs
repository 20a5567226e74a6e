using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsCrm.Teams.Tests.Persistence;

/// <summary>
/// A claim whose insert reached the table but whose answer was lost (a network timeout under load): the
/// storage client sends the insert again, gets 409, and the claim must still count as won — otherwise the
/// activity is answered as a duplicate of itself and the user's click or message is dropped.
/// </summary>
public sealed class LostResponseClaimTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task TryClaimAsync_InsertAnswerLostAndRetried_ClaimWon()
    {
        using var dedup = new TableActivityDeduplicator(ClientLosingFirstAnswer(), _time);
        var tenant = AzuriteFixture.NewTenant();

        Assert.True(await dedup.TryClaimAsync(tenant, "activity|msteams|f:1", TimeSpan.FromHours(1)));
        Assert.False(await dedup.TryClaimAsync(tenant, "activity|msteams|f:1", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task TryClaimAsync_TakeoverAnswerLostAndRetried_ClaimWon()
    {
        var tenant = AzuriteFixture.NewTenant();
        using (var earlier = new TableActivityDeduplicator(new TableServiceClient(TestStorage.ConnectionString), _time))
        {
            await earlier.TryClaimAsync(tenant, "k", TimeSpan.FromMinutes(10));
        }

        _time.Advance(TimeSpan.FromMinutes(11));
        using var dedup = new TableActivityDeduplicator(ClientLosingFirstAnswer(RequestMethod.Put), _time);

        Assert.True(await dedup.TryClaimAsync(tenant, "k", TimeSpan.FromMinutes(10)));
    }

    private static TableServiceClient ClientLosingFirstAnswer(RequestMethod? method = null)
    {
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.AddPolicy(new LoseFirstAnswer(method ?? RequestMethod.Post), HttpPipelinePosition.PerRetry);
        return new TableServiceClient(TestStorage.ConnectionString, options);
    }

    /// <summary>Lets the first entity write of <paramref name="method"/> reach Azurite, then fails as if its answer never arrived.</summary>
    private sealed class LoseFirstAnswer(RequestMethod method) : HttpPipelinePolicy
    {
        private int _lost;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The deduplicator is async only.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Method == method && message.Response.Status < 300 && Interlocked.Exchange(ref _lost, 1) == 0)
            {
                throw new IOException("Simulated: the write reached the table, its answer was lost.");
            }
        }
    }
}
