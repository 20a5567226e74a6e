using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// Each tenant's deal scorer: kept in memory once loaded, read from the model store (<see cref="IScoreModelStore"/>)
/// when this instance has none, trained from the tenant's facts and stored when there is none yet. Retraining (on
/// the schedule of <see cref="AnalyticsOptions.RetrainInterval"/> or on an admin's demand) replaces it; an instance
/// that still holds an older model picks the newer one up when its own copy is older than the interval.
/// </summary>
public sealed class ScoreModelRegistry(
    IAnalyticsStore facts,
    ICustomerFactsStore customers,
    IScoreModelStore models,
    IOptions<AnalyticsOptions> options,
    TimeProvider time,
    ILogger<ScoreModelRegistry> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, (DealScorer Scorer, DateTimeOffset LoadedAt)> _loaded = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _training = new(1, 1);

    /// <summary>The tenant's scorer: in memory, else stored, else trained now (and stored).</summary>
    public async Task<DealScorer> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_loaded.TryGetValue(tenantId, out var held) && now - held.LoadedAt < options.Value.RetrainInterval)
        {
            return held.Scorer;
        }

        var stored = await models.ReadAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (stored is not null && (held.Scorer is null || stored.TrainedAt > held.Scorer.TrainedAt))
        {
            var scorer = DealScorer.Import(stored, options.Value.Rates());
            _loaded[tenantId] = (scorer, now);
            return scorer;
        }

        return held.Scorer is not null && stored is not null ? Keep(tenantId, held.Scorer, now) : await RetrainAsync(tenantId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Trains the tenant's scorer on its facts now, stores it and uses it from now on.</summary>
    public async Task<DealScorer> RetrainAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await _training.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var accounts = await facts.ReadAccountFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
            var deals = await facts.ReadDealFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
            var interactions = await customers.ReadInteractionFactsAsync(tenantId, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var scorer = DealScorer.Train(accounts, deals, interactions, now, options.Value.Rates(), logger: logger);
            await models.WriteAsync(tenantId, scorer.Export(), cancellationToken).ConfigureAwait(false);
            return Keep(tenantId, scorer, now);
        }
        finally
        {
            _training.Release();
        }
    }

    /// <summary>Every tenant with a stored model and when it was trained.</summary>
    public Task<IReadOnlyList<(string TenantId, DateTimeOffset TrainedAt)>> ListAsync(CancellationToken cancellationToken = default) =>
        models.ListAsync(cancellationToken);

    public void Dispose() => _training.Dispose();

    private DealScorer Keep(string tenantId, DealScorer scorer, DateTimeOffset now)
    {
        _loaded[tenantId] = (scorer, now);
        return scorer;
    }
}
