using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// Explained deal and lead scores for one tenant, trained on its own closed deals (see <see cref="ScoringPolicy"/>):
/// a FastTree model measured on the latest quarter of closed deals and retrained on all of them, or — with too little
/// history — the rule-based cold start. Build one per training run (on a schedule or on demand) and score with it.
/// </summary>
public sealed class DealScorer
{
    private readonly DealFeatureExtractor _extractor;
    private readonly DealScoreModel? _model;
    private readonly ColdStartScorer? _coldStart;

    private DealScorer(DealFeatureExtractor extractor, DealScoreModel? model, ColdStartScorer? coldStart, ModelQuality quality)
    {
        _extractor = extractor;
        _model = model;
        _coldStart = coldStart;
        Quality = quality;
    }

    public ModelQuality Quality { get; }

    public static DealScorer Train(
        IEnumerable<AccountFact> accounts,
        IEnumerable<DealFact> deals,
        IEnumerable<InteractionFact> interactions,
        DateTimeOffset asOf,
        ExchangeRates rates,
        ScoringPolicy? policy = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(deals);
        policy ??= new ScoringPolicy();
        policy.Validate();
        logger ??= NullLogger.Instance;
        var dealList = deals.ToList();
        var extractor = new DealFeatureExtractor(accounts, dealList, interactions, rates);
        var closed = dealList.Where(d => d.IsClosed && d.ClosedAt <= asOf).OrderBy(d => d.ClosedAt).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var (won, lost) = (closed.Count(d => d.IsWon), closed.Count(d => !d.IsWon));
        if (closed.Count < policy.MinimumClosedDeals || won < policy.MinimumPerOutcome || lost < policy.MinimumPerOutcome)
        {
            AnalyticsLog.ColdStart(logger, closed.Count, won, lost, policy.MinimumClosedDeals, policy.MinimumPerOutcome);
            var tenantRate = closed.Count == 0 ? (double?)null : (double)won / closed.Count;
            return new DealScorer(extractor, null, new ColdStartScorer(extractor, tenantRate, policy.TopFactors), new ModelQuality(closed.Count, won, lost, true, null, 0, policy));
        }

        var rows = closed.Select(d => (Features: extractor.Extract(d, asOf), Won: d.IsWon)).ToList();
        var heldOut = (int)Math.Ceiling(rows.Count * policy.HeldOutShare);
        var trial = DealScoreModel.Train(rows[..^heldOut], policy);
        var auc = RocAuc.Of([.. rows[^heldOut..].Select(r => (trial.Probability(r.Features), r.Won))]);
        if (auc is null)
        {
            AnalyticsLog.AucNotMeasurable(logger, heldOut);
        }

        AnalyticsLog.ModelTrained(logger, closed.Count, won, lost, auc, heldOut);
        return new DealScorer(extractor, DealScoreModel.Train(rows, policy), null, new ModelQuality(closed.Count, won, lost, false, auc, heldOut, policy));
    }

    /// <summary>The score of a deal as of a moment (an open deal's features are taken then; a closed deal's at its close).</summary>
    public DealScore Score(DealFact deal, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return _model is not null ? _model.Score(_extractor.Extract(deal, asOf)) : _coldStart!.Score(deal, asOf);
    }
}
