namespace TeamsCrm.Analytics.Pipeline;

/// <summary>Additive totals per key: a deal adds its sums (sign +1) or takes them away (−1); a key whose count reaches 0 goes.</summary>
internal sealed class TotalsTable<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, DealSums> _totals = [];

    public IEnumerable<KeyValuePair<TKey, DealSums>> Entries => _totals;

    public bool IsEmpty => _totals.Count == 0;

    public void Add(TKey key, int sign, DealSums sums)
    {
        var current = _totals.GetValueOrDefault(key);
        var next = new DealSums(current.Count + (sign * sums.Count), current.Amount + (sign * sums.Amount), current.Weighted + (sign * sums.Weighted), current.Days + (sign * sums.Days));
        if (next.Count == 0)
        {
            _totals.Remove(key);
        }
        else
        {
            _totals[key] = next;
        }
    }
}
