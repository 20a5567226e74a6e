namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// Each owner's smoothed win rate before a moment, (won + 5 × tenant rate) ÷ (closed + 5), answered by binary search
/// over the closed deals in close order (prefix counts per owner and for the tenant) instead of a scan per deal: training
/// on n deals costs O(n log n), not O(n²). A restored snapshot (<see cref="Snapshot"/>) knows only the totals at
/// training time and answers them for every moment after it.
/// </summary>
public sealed class OwnerWinRates
{
    private readonly Timeline _tenant;
    private readonly Dictionary<string, Timeline> _owners;

    private OwnerWinRates(Timeline tenant, Dictionary<string, Timeline> owners)
    {
        _tenant = tenant;
        _owners = owners;
    }

    public static OwnerWinRates From(IEnumerable<DealFact> deals)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var closed = deals.Where(d => d.IsClosed && d.ClosedAt is not null).OrderBy(d => d.ClosedAt).ToList();
        return new OwnerWinRates(
            Timeline.Of(closed),
            closed.GroupBy(d => d.OwnerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Timeline.Of([.. g]), StringComparer.Ordinal));
    }

    /// <summary>The totals as of now: per owner (won, closed) and the tenant's; what a stored model keeps.</summary>
    public IReadOnlyList<OwnerRecord> Snapshot() =>
        [new OwnerRecord(string.Empty, _tenant.TotalWon, _tenant.TotalClosed), .. _owners.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new OwnerRecord(o.Key, o.Value.TotalWon, o.Value.TotalClosed))];

    /// <summary>Rates from a snapshot: the totals answer every moment (the empty owner id is the tenant's).</summary>
    public static OwnerWinRates Restore(IEnumerable<OwnerRecord> snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var records = snapshot.ToList();
        var tenant = records.FirstOrDefault(r => r.OwnerId.Length == 0) ?? new OwnerRecord(string.Empty, 0, 0);
        return new OwnerWinRates(
            Timeline.Totals(tenant.Won, tenant.Closed),
            records.Where(r => r.OwnerId.Length > 0).ToDictionary(r => r.OwnerId, r => Timeline.Totals(r.Won, r.Closed), StringComparer.Ordinal));
    }

    /// <summary>The tenant's win rate over every closed deal known; null when none is.</summary>
    public double? TenantRate => _tenant.TotalClosed == 0 ? null : (double)_tenant.TotalWon / _tenant.TotalClosed;

    /// <summary>The owner's smoothed win rate from the deals closed strictly before <paramref name="moment"/>.</summary>
    public double Rate(string ownerId, DateTimeOffset moment)
    {
        var (tenantWon, tenantClosed) = _tenant.Before(moment);
        var tenantRate = tenantClosed == 0 ? 0.5 : (double)tenantWon / tenantClosed;
        var (won, closed) = _owners.TryGetValue(ownerId, out var own) ? own.Before(moment) : (0, 0);
        return (won + (DealFeatureExtractor.OwnerRatePrior * tenantRate)) / (closed + DealFeatureExtractor.OwnerRatePrior);
    }

    /// <summary>Closed deals in close order with the wins among the first k (k = 0…n); a totals-only timeline has no times.</summary>
    private sealed class Timeline
    {
        private readonly DateTimeOffset[]? _times;
        private readonly int[] _wonPrefix;

        private Timeline(DateTimeOffset[]? times, int[] wonPrefix, int totalClosed)
        {
            _times = times;
            _wonPrefix = wonPrefix;
            TotalClosed = totalClosed;
        }

        public int TotalClosed { get; }

        public int TotalWon => _wonPrefix[^1];

        public static Timeline Of(List<DealFact> closedInOrder)
        {
            var prefix = new int[closedInOrder.Count + 1];
            for (var i = 0; i < closedInOrder.Count; i++)
            {
                prefix[i + 1] = prefix[i] + (closedInOrder[i].IsWon ? 1 : 0);
            }

            return new Timeline([.. closedInOrder.Select(d => d.ClosedAt!.Value)], prefix, closedInOrder.Count);
        }

        public static Timeline Totals(int won, int closed) => new(null, [won], closed);

        public (int Won, int Closed) Before(DateTimeOffset moment)
        {
            if (_times is null)
            {
                return (TotalWon, TotalClosed);
            }

            var (low, high) = (0, _times.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = _times[middle] < moment ? (middle + 1, high) : (low, middle);
            }

            return (_wonPrefix[low], low);
        }
    }
}
