using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The at-risk list's rule (<see cref="AtRiskCustomers"/>): a customer's signals are its RFM segment "at risk" or
/// "hibernating" and its going cold against its own rhythm; the list ranks the customers with a signal, both signals
/// first, then by lifetime revenue in the reporting currency, then by how far past its rhythm it is.
/// </summary>
public static class AtRiskRanking
{
    public static int Signals(RfmScore rfm, AccountCooling? cooling)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        return (rfm.Segment is RfmSegment.AtRisk or RfmSegment.Hibernating ? 1 : 0) + (cooling?.IsCold == true ? 1 : 0);
    }

    /// <summary>The first <paramref name="top"/> customers at risk as of <paramref name="asOf"/>, going cold and the days since the last win judged then.</summary>
    public static IReadOnlyList<AtRiskAccount> Rank(IEnumerable<AtRiskCandidate> candidates, DateTimeOffset asOf, int top) =>
    [
        .. candidates
            .Select(c => (Candidate: c, Cooling: CustomerFigures.Cooling(c.Totals, asOf)))
            .Select(c => (c.Candidate, c.Cooling, Signals: Signals(c.Candidate.Rfm, c.Cooling)))
            .Where(c => c.Signals > 0)
            .OrderByDescending(c => c.Signals)
            .ThenByDescending(c => c.Candidate.Rfm.Monetary)
            .ThenByDescending(c => c.Cooling is { } cooling ? cooling.DaysSinceLastTouch / cooling.ThresholdDays : 0)
            .ThenBy(c => c.Candidate.Totals.AccountId, StringComparer.Ordinal)
            .Take(top)
            .Select(c => new AtRiskAccount(
                c.Candidate.Totals.AccountId,
                c.Candidate.Name,
                c.Candidate.Owner,
                c.Candidate.Rfm with { RecencyDays = c.Candidate.Totals.LastWin is { } last ? (int)Math.Floor((asOf - last).TotalDays) : null },
                c.Cooling,
                c.Candidate.Totals.LastWin,
                c.Candidate.Totals.Revenue(),
                c.Candidate.Rfm.Monetary)),
    ];

    /// <summary>
    /// The ids of the customers (scored in <paramref name="rfm"/>, not <paramref name="leftOut"/>) that can be among the
    /// first <paramref name="keep"/> on any day from the summary's computation to <see cref="AtRiskSnapshot.WindowDays"/>
    /// after it. Going cold only grows with the days (until a touch, which refreshes the summary), so a customer's
    /// signals lie between those at the start and at the end of the window: it can be passed over only when at least
    /// <paramref name="keep"/> customers rank above it at the start even with its signals at the end.
    /// </summary>
    public static IReadOnlyList<string> Candidates(CustomerSummary summary, IReadOnlyDictionary<string, RfmScore> rfm, IReadOnlySet<string> leftOut, int keep)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rfm);
        ArgumentNullException.ThrowIfNull(leftOut);
        var end = summary.ComputedAt.AddDays(AtRiskSnapshot.WindowDays);
        var scored = summary.Accounts
            .Where(t => rfm.ContainsKey(t.AccountId) && !leftOut.Contains(t.AccountId))
            .Select(t => (
                t.AccountId,
                rfm[t.AccountId].Monetary,
                Start: Signals(rfm[t.AccountId], CustomerFigures.Cooling(t, summary.ComputedAt)),
                End: Signals(rfm[t.AccountId], CustomerFigures.Cooling(t, end))))
            .ToList();
        var byLevel = Enumerable.Range(0, 3).Select(level => scored.Where(s => s.Start == level).Select(s => s.Monetary).Order().ToArray()).ToArray();
        return
        [
            .. scored
                .Where(s => s.End > 0 && byLevel.Skip(s.End + 1).Sum(l => l.Length) + SortedCounts.Greater(byLevel[s.End], s.Monetary) < keep)
                .Select(s => s.AccountId),
        ];
    }
}
