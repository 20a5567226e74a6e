namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// The pipeline's figures as additive totals, kept up to date one deal change at a time: a change removes the deal's
/// old version and adds its new one, so the outbox can maintain them and a page reads totals instead of the deals.
/// Open deals are summed per (owner, currency, stage); closed deals per (owner, currency, close month, outcome). Team
/// and tenant figures are sums over owners; a period of whole months is a sum over its months. Gives the same answers
/// as <see cref="PipelineCalculator"/> for those figures (tested).
/// </summary>
public sealed class PipelineAggregate
{
    private readonly Dictionary<(string Owner, string Currency, DealStage Stage), Totals> _open = [];
    private readonly Dictionary<(string Owner, string Currency, DateOnly Month, bool Won), Totals> _closed = [];

    /// <summary>The open deals' totals, one per (owner, currency, stage), to store and <see cref="Restore"/>.</summary>
    public IReadOnlyList<OpenTotal> OpenTotals =>
        [.. _open.Select(o => new OpenTotal(o.Key.Owner, o.Key.Currency, o.Key.Stage, o.Value.Count, o.Value.Amount, o.Value.Weighted))];

    /// <summary>The closed deals' totals, one per (owner, currency, close month, outcome).</summary>
    public IReadOnlyList<ClosedTotal> ClosedTotals =>
        [.. _closed.Select(c => new ClosedTotal(c.Key.Owner, c.Key.Currency, c.Key.Month, c.Key.Won, c.Value.Count, c.Value.Amount))];

    /// <summary>An aggregate from stored totals: it answers exactly as the one they were taken from.</summary>
    public static PipelineAggregate Restore(IEnumerable<OpenTotal> open, IEnumerable<ClosedTotal> closed)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(closed);
        var aggregate = new PipelineAggregate();
        foreach (var o in open)
        {
            aggregate._open[(o.Owner, o.Currency, o.Stage)] = new Totals(o.Count, o.Amount, o.Weighted);
        }

        foreach (var c in closed)
        {
            aggregate._closed[(c.Owner, c.Currency, c.Month, c.Won)] = new Totals(c.Count, c.Amount, 0m);
        }

        return aggregate;
    }

    public void Add(DealFact deal) => Apply(deal, +1);

    public void Remove(DealFact deal) => Apply(deal, -1);

    /// <summary>Open deals per open stage, as <see cref="PipelineReport.OpenByStage"/>.</summary>
    public IReadOnlyList<PipelineSlice> OpenByStage(AnalyticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return
        [
            .. StageOrder.Open.Select(stage =>
            {
                var rows = _open.Where(o => o.Key.Stage == stage && Includes(scope, o.Key.Owner)).ToList();
                return new PipelineSlice(
                    stage.ToString(),
                    rows.Sum(r => r.Value.Count),
                    CurrencyAmounts.Sum(rows.Select(r => (r.Key.Currency, r.Value.Amount))),
                    CurrencyAmounts.Sum(rows.Select(r => (r.Key.Currency, r.Value.Weighted))));
            }),
        ];
    }

    /// <summary>Open deals per owner (ordinal order), as <see cref="PipelineReport.OpenByOwner"/>.</summary>
    public IReadOnlyList<PipelineSlice> OpenByOwner(AnalyticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return
        [
            .. _open.Where(o => Includes(scope, o.Key.Owner)).GroupBy(o => o.Key.Owner, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new PipelineSlice(
                    g.Key,
                    g.Sum(r => r.Value.Count),
                    CurrencyAmounts.Sum(g.Select(r => (r.Key.Currency, r.Value.Amount))),
                    CurrencyAmounts.Sum(g.Select(r => (r.Key.Currency, r.Value.Weighted))))),
        ];
    }

    /// <summary>Won and lost deals closed in a period of whole months.</summary>
    public WinRate WinRate(AnalyticsScope scope, AnalyticsPeriod period)
    {
        var rows = ClosedIn(scope, period);
        return new WinRate(rows.Where(r => r.Key.Won).Sum(r => r.Value.Count), rows.Where(r => !r.Key.Won).Sum(r => r.Value.Count));
    }

    /// <summary>The average won deal size per currency in a period of whole months.</summary>
    public CurrencyAmounts AverageWonDealSize(AnalyticsScope scope, AnalyticsPeriod period) => CurrencyAmounts.Sum(
        ClosedIn(scope, period)
            .Where(r => r.Key.Won)
            .GroupBy(r => r.Key.Currency, StringComparer.Ordinal)
            .Where(g => g.Sum(r => r.Value.Count) > 0)
            .Select(g => (g.Key, Math.Round(g.Sum(r => r.Value.Amount) / g.Sum(r => r.Value.Count), 2, MidpointRounding.AwayFromZero))));

    private List<KeyValuePair<(string Owner, string Currency, DateOnly Month, bool Won), Totals>> ClosedIn(AnalyticsScope scope, AnalyticsPeriod period)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        if (period.From.Day != 1 || period.To.Day != 1)
        {
            throw new ArgumentException("The aggregate answers for whole months: a period must start and end on the first of a month.", nameof(period));
        }

        return [.. _closed.Where(c => period.Contains(c.Key.Month) && Includes(scope, c.Key.Owner))];
    }

    private void Apply(DealFact deal, int sign)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (deal.IsOpen)
        {
            Add(_open, (deal.OwnerId, deal.Currency, deal.Stage), sign, deal.Amount, deal.WeightedAmount);
        }
        else if (deal.ClosedAt is { } closed)
        {
            var day = AnalyticsPeriod.UtcDay(closed);
            Add(_closed, (deal.OwnerId, deal.Currency, new DateOnly(day.Year, day.Month, 1), deal.IsWon), sign, deal.Amount, 0m);
        }
    }

    private static void Add<TKey>(Dictionary<TKey, Totals> totals, TKey key, int sign, decimal amount, decimal weighted)
        where TKey : notnull
    {
        var current = totals.GetValueOrDefault(key);
        var next = new Totals(current.Count + sign, current.Amount + (sign * amount), current.Weighted + (sign * weighted));
        if (next.Count == 0)
        {
            totals.Remove(key);
        }
        else
        {
            totals[key] = next;
        }
    }

    private static bool Includes(AnalyticsScope scope, string owner) => scope.Owners is null || scope.Owners.Contains(owner);

    private readonly record struct Totals(int Count, decimal Amount, decimal Weighted);
}
