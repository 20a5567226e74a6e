using System.Collections.Concurrent;
using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Analytics.Insights;

/// <summary>
/// The figures already computed from a summary, kept per (tenant, scope, period, day) together with the summary they
/// came from, so asking the same question again while the summary is unchanged costs a dictionary lookup instead of
/// summing every owner's totals (the tenant scope sums all of them). An entry counts only for the very summary it was
/// computed from (<see cref="IsSameVersion"/>); a new summary, a new day (slipped deals are as of the day) or another
/// scope or period is computed afresh. Bounded: at most <see cref="Capacity"/> entries, then it starts over.
/// </summary>
public sealed class PipelineFiguresMemo
{
    /// <summary>The questions kept at most (all tenants together).</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<MemoKey, (PipelineSummary Summary, PipelineFigures Figures)> _entries = new();

    /// <summary>How many questions are kept now (for tests and diagnostics).</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The figures of <paramref name="scope"/> and <paramref name="period"/> as of <paramref name="today"/> from
    /// <paramref name="summary"/>: kept ones when this summary answered the question before, else computed and kept;
    /// null when the summary cannot answer for that day (nothing is kept then).
    /// </summary>
    public PipelineFigures? Figures(string tenantId, PipelineSummary summary, AnalyticsScope scope, AnalyticsPeriod period, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var key = new MemoKey(tenantId, ScopeKey(scope), period.From, period.To, today);
        if (_entries.TryGetValue(key, out var kept) && IsSameVersion(kept.Summary, summary))
        {
            return kept.Figures;
        }

        if (summary.Figures(scope, period, today) is not { } figures)
        {
            return null;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = (summary, figures);
        return figures;
    }

    /// <summary>
    /// The one place that decides whether two summaries are the same version: the store hands out the same parsed
    /// instance while the stored summary is unchanged (its header's ETag) and a new instance for every new version, so
    /// identity is the version. A store that parses anew on every read only makes the memo miss, never answer wrong.
    /// </summary>
    private static bool IsSameVersion(PipelineSummary kept, PipelineSummary current) => ReferenceEquals(kept, current);

    /// <summary>The tenant as "*", an owner set as its owners in ordinal order (so the same team in any order is one question).</summary>
    private static string ScopeKey(AnalyticsScope scope) =>
        scope.Owners is null ? "*" : string.Join('\0', scope.Owners.Order(StringComparer.Ordinal));

    private readonly record struct MemoKey(string TenantId, string Scope, DateOnly From, DateOnly To, DateOnly Today);
}
