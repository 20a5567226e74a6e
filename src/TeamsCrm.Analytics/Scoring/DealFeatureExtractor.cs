using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// Turns deal facts into <see cref="DealFeatures"/> at a moment, looking only at what was known then (interactions and
/// closed deals up to it), so training never sees the future of the deal it learns from.
/// </summary>
public sealed class DealFeatureExtractor
{
    /// <summary>Weight of the tenant's win rate in an owner's smoothed win rate, in deals: (won + 5 × tenant rate) ÷ (closed + 5).</summary>
    public const double OwnerRatePrior = 5;

    private static readonly (decimal Below, string Band)[] AmountBands =
        [(1_000m, "< 1k"), (10_000m, "1k–10k"), (50_000m, "10k–50k"), (250_000m, "50k–250k"), (decimal.MaxValue, "≥ 250k")];

    private readonly Dictionary<string, AccountFact> _accounts;
    private readonly Dictionary<string, List<InteractionFact>> _interactions;
    private readonly OwnerWinRates _ownerRates;
    private readonly ExchangeRates _rates;

    public DealFeatureExtractor(IEnumerable<AccountFact> accounts, IEnumerable<DealFact> deals, IEnumerable<InteractionFact> interactions, ExchangeRates rates)
        : this(accounts, interactions, rates, OwnerWinRates.From(deals))
    {
    }

    /// <summary>An extractor over some accounts' facts with owner win rates known beforehand (a stored model's).</summary>
    public DealFeatureExtractor(IEnumerable<AccountFact> accounts, IEnumerable<InteractionFact> interactions, ExchangeRates rates, OwnerWinRates ownerRates)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(interactions);
        _accounts = accounts.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _interactions = interactions.GroupBy(i => i.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(i => i.OccurredAt).ToList(), StringComparer.Ordinal);
        _rates = rates ?? throw new ArgumentNullException(nameof(rates));
        _ownerRates = ownerRates ?? throw new ArgumentNullException(nameof(ownerRates));
    }

    public OwnerWinRates OwnerRates => _ownerRates;

    /// <summary>The features of a deal at its close (closed deals) or at <paramref name="asOf"/> (open deals).</summary>
    public DealFeatures Extract(DealFact deal, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var moment = deal.ClosedAt ?? asOf;
        var account = _accounts.GetValueOrDefault(deal.AccountId);
        var touches = _interactions.GetValueOrDefault(deal.AccountId) ?? [];
        var lastMeeting = touches.LastOrDefault(i => i.OccurredAt <= moment && i.Channel is InteractionChannel.Meeting or InteractionChannel.InPerson);
        var during = touches.Where(i => i.OccurredAt >= deal.CreatedAt && i.OccurredAt <= moment).ToList();
        return new DealFeatures
        {
            DealId = deal.Id,
            Industry = account?.Industry,
            SizeBand = account?.SizeBand,
            Country = account?.Country,
            ProductFamily = deal.Products.OrderByDescending(p => p.Amount).ThenBy(p => p.Family, StringComparer.Ordinal).FirstOrDefault()?.Family,
            AmountBand = AmountBand(_rates.TryConvert(deal.Amount, deal.Currency)),
            DaysSinceLastMeeting = lastMeeting is null ? null : Math.Floor((moment - lastMeeting.OccurredAt).TotalDays),
            InteractionsByChannel = Enum.GetValues<InteractionChannel>().ToDictionary(c => c, c => during.Count(i => i.Channel == c)),
            StageReached = FurthestOpenStage(deal),
            OwnerWinRate = _ownerRates.Rate(deal.OwnerId, moment),
        };
    }

    internal static string AmountBand(decimal? amount) =>
        amount is { } value ? AmountBands.First(b => value < b.Below).Band : "?";

    /// <summary>The furthest open stage the deal reached; a won deal passed Proposal at least (Won itself is the outcome, not a feature).</summary>
    internal static DealStage FurthestOpenStage(DealFact deal)
    {
        var furthest = deal.StageHistory.Select(h => h.Stage).Append(deal.Stage).Where(DealStages.IsOpen).Select(StageOrder.IndexOf).DefaultIfEmpty(0).Max();
        return StageOrder.Open[deal.IsWon ? Math.Max(furthest, StageOrder.IndexOf(DealStage.Proposal)) : furthest];
    }
}
