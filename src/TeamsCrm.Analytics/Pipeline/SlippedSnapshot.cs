using System.Text.Json.Serialization;

namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// The slipped deals as the summary keeps them, right for any day from <see cref="Day"/> (when it was computed) to
/// <see cref="Day"/> + <see cref="WindowDays"/>: per owner the open deals late on <see cref="Day"/> (totals per currency
/// and the <see cref="SlippedDeals.LargestPerCurrency"/> largest per currency — enough for any owner set, since a
/// set's largest are among its owners' largest) plus every open deal expected in the window, which slip as the days
/// pass. Outside the window it cannot answer (null) and the caller computes from the facts.
/// </summary>
public sealed record SlippedSnapshot(
    [property: JsonPropertyName("day")] DateOnly Day,
    [property: JsonPropertyName("window")] int WindowDays,
    [property: JsonPropertyName("owners")] IReadOnlyList<OwnerSlipped> Owners)
{
    public const int DefaultWindowDays = 7;

    public static SlippedSnapshot Of(IEnumerable<DealFact> deals, DateOnly day, int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var owners = deals
            .Where(d => d.IsOpen && d.ExpectedCloseDate is { } expected && expected < day.AddDays(windowDays))
            .GroupBy(d => d.OwnerId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var late = g.Where(d => d.ExpectedCloseDate < day).ToList();
                return new OwnerSlipped(
                    g.Key,
                    [.. late.GroupBy(d => d.Currency, StringComparer.Ordinal).Select(c => new TotalRow { Currency = c.Key, Count = c.Count(), Amount = c.Sum(d => d.Amount) })],
                    [.. SlippedDeals.LargestOf(late.Select(d => Due(d).AsOf(g.Key, day))).Select(s => new DueDeal(s.DealId, s.AccountId, s.ExpectedCloseDate, s.Amount, s.Currency, s.Title))],
                    [.. g.Where(d => d.ExpectedCloseDate >= day).Select(Due)]);
            });
        return new SlippedSnapshot(day, windowDays, [.. owners]);
    }

    /// <summary>The slipped deals of a scope as of <paramref name="today"/>; null when today is outside the snapshot's window.</summary>
    public SlippedDeals? Answer(AnalyticsScope scope, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (today < Day || today > Day.AddDays(WindowDays))
        {
            return null;
        }

        var owners = Owners.Where(o => scope.Owners is null || scope.Owners.Contains(o.Owner)).ToList();
        var newlyLate = owners.SelectMany(o => o.Upcoming.Where(d => d.ExpectedCloseDate < today).Select(d => d.AsOf(o.Owner, today))).ToList();
        var late = owners.SelectMany(o => o.Late).ToList();
        return new SlippedDeals(
            late.Sum(l => l.Count) + newlyLate.Count,
            CurrencyAmounts.Sum(late.Select(l => (l.Currency!, l.Amount)).Concat(newlyLate.Select(d => (d.Currency, d.Amount)))),
            SlippedDeals.LargestOf(owners.SelectMany(o => o.Largest.Select(d => d.AsOf(o.Owner, today))).Concat(newlyLate)));
    }

    private static DueDeal Due(DealFact deal) => new(deal.Id, deal.AccountId, deal.ExpectedCloseDate!.Value, deal.Amount, deal.Currency, deal.Title);
}
