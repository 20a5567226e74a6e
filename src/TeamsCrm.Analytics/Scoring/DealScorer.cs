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
    private readonly ExchangeRates _rates;

    private DealScorer(DealFeatureExtractor extractor, DealScoreModel? model, ExchangeRates rates, ModelQuality quality, DateTimeOffset trainedAt)
    {
        _extractor = extractor;
        _model = model;
        _rates = rates;
        Quality = quality;
        TrainedAt = trainedAt;
    }

    public ModelQuality Quality { get; }

    /// <summary>The moment the scorer was trained as of (its facts' "now").</summary>
    public DateTimeOffset TrainedAt { get; }

    public bool IsRuleBased => _model is null;

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
            return new DealScorer(extractor, null, rates, new ModelQuality(closed.Count, won, lost, true, null, 0, policy), asOf);
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
        return new DealScorer(extractor, DealScoreModel.Train(rows, policy), rates, new ModelQuality(closed.Count, won, lost, false, auc, heldOut, policy), asOf);
    }

    /// <summary>The score of a deal as of a moment (an open deal's features are taken then; a closed deal's at its close).</summary>
    public DealScore Score(DealFact deal, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return Score(_extractor, deal, asOf);
    }

    /// <summary>
    /// The score of a deal from its account's current facts (what happened since training counts: a meeting logged
    /// today moves the score), with the owners' win rates as of training.
    /// </summary>
    public DealScore Score(DealFact deal, AccountFact? account, IEnumerable<InteractionFact> accountInteractions, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(accountInteractions);
        return Score(new DealFeatureExtractor(account is null ? [] : [account], accountInteractions, _rates, _extractor.OwnerRates), deal, asOf);
    }

    /// <summary>The chance to win alone (one prediction, no factors): what ranks many deals at once.</summary>
    public double Probability(DealFact deal, AccountFact? account, IEnumerable<InteractionFact> accountInteractions, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(accountInteractions);
        var extractor = new DealFeatureExtractor(account is null ? [] : [account], accountInteractions, _rates, _extractor.OwnerRates);
        return _model is not null ? _model.Probability(extractor.Extract(deal, asOf)) : Score(extractor, deal, asOf).Probability;
    }

    /// <summary>The scorer as stored (<see cref="StoredScoreModel"/>).</summary>
    public StoredScoreModel Export() => new()
    {
        TrainedAt = TrainedAt,
        Quality = Quality,
        ReportingCurrency = _rates.ReportingCurrency,
        Owners = _extractor.OwnerRates.Snapshot(),
        Slots = _model is null ? [] : [.. _model.Schema.Slots.Select(s => new StoredSlot(s.Kind, s.Value))],
        Baseline = _model is null ? [] : [.. _model.Schema.Baseline],
        Model = _model?.Export(),
    };

    /// <summary>
    /// A stored scorer back in memory, with the tenant's rate table (for the amount bands): it scores deals from their
    /// accounts' facts (<see cref="Score(DealFact, AccountFact?, IEnumerable{InteractionFact}, DateTimeOffset)"/>).
    /// </summary>
    public static DealScorer Import(StoredScoreModel stored, ExchangeRates rates)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(rates);
        var extractor = new DealFeatureExtractor([], [], rates, OwnerWinRates.Restore(stored.Owners));
        var model = stored.Model is null
            ? null
            : DealScoreModel.Import(new FeatureSchema(stored.Slots.Select(s => (s.Kind, s.Value)), stored.Baseline), stored.Model, stored.Quality.Policy);
        return new DealScorer(extractor, model, rates, stored.Quality, stored.TrainedAt);
    }

    private DealScore Score(DealFeatureExtractor extractor, DealFact deal, DateTimeOffset asOf) => _model is not null
        ? _model.Score(extractor.Extract(deal, asOf))
        : new ColdStartScorer(extractor, extractor.OwnerRates.TenantRate, Quality.Policy.TopFactors).Score(deal, asOf);
}
