using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// Publishes the pipeline summary of every tenant marked due (<see cref="SummaryMarks"/>) from its books
/// (<see cref="PipelineBooks"/>, kept current per deal change by the outbox): one range read of the owners' books, the
/// slipped deals of the owners whose book changed (or of every owner on a new day) from their range of open deals
/// expected within the snapshot's window, the rest kept from the last summary; then the summary is written as a new
/// generation. No round reads the tenant's facts; only books not built yet (a new tenant or a new
/// <see cref="PipelineBooks.Shape"/>) are built from them first (<see cref="RebuildAsync"/>, the repair path). Tenants
/// whose summary is from an earlier day are renewed in the same round, so the slipped deals never run out of their
/// window while the service runs. A tenant marked again while it was published stays due for the next round.
/// </summary>
public sealed partial class SummaryRefresher(CrmTables tables, IAnalyticsStore store, TimeProvider time, ILogger<SummaryRefresher>? logger = null)
{
    private readonly PipelineBooks _books = new(tables);
    private readonly ILogger _logger = logger ?? NullLogger<SummaryRefresher>.Instance;

    /// <summary>One round; the number of tenants whose summary it wrote.</summary>
    public async Task<int> RefreshDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await SummaryMarks.ListDueAsync(tables, cancellationToken).ConfigureAwait(false);
        var stale = await SummaryMarks.ListNotRenewedSinceAsync(tables, AnalyticsPeriod.UtcDay(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        foreach (var (tenantId, version) in due)
        {
            await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
            await SummaryMarks.ClearAsync(tables, tenantId, version, cancellationToken).ConfigureAwait(false);
        }

        var renew = stale.Except(due.Select(d => d.TenantId), StringComparer.Ordinal).ToList();
        foreach (var tenantId in renew)
        {
            await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
        }

        return due.Count + renew.Count;
    }

    /// <summary>Publishes one tenant's summary now from its books (building them first if they are not built).</summary>
    public async Task<PipelineSummary> RefreshAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (!await _books.IsBuiltAsync(tenantId, cancellationToken).ConfigureAwait(false))
        {
            var started = time.GetTimestamp();
            var applied = await _books.RebuildAsync(tenantId, cancellationToken).ConfigureAwait(false);
            var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
            LogBuilt(tenantId, applied, milliseconds);
        }

        var books = await _books.ReadBooksAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var previous = await store.ReadSummaryAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var today = AnalyticsPeriod.UtcDay(now);
        var versions = books.ToDictionary(b => b.Totals.Owner, b => b.Version.ToString(), StringComparer.Ordinal);
        var reuse = previous?.Slipped.Day == today && previous.Slipped.WindowDays == SlippedSnapshot.DefaultWindowDays;
        var kept = reuse ? previous!.Slipped.Owners.ToDictionary(o => o.Owner, StringComparer.Ordinal) : [];
        var slipped = new List<OwnerSlipped>();
        foreach (var owner in versions.Keys)
        {
            if (reuse && previous!.Versions.GetValueOrDefault(owner) == versions[owner])
            {
                slipped.AddRange(kept.TryGetValue(owner, out var same) ? [same] : []);
                continue;
            }

            var due = await _books.ReadDueBeforeAsync(tenantId, owner, today.AddDays(SlippedSnapshot.DefaultWindowDays), cancellationToken).ConfigureAwait(false);
            slipped.AddRange(SlippedSnapshot.Of(due, today).Owners);
        }

        var summary = new PipelineSummary(now, books.Sum(b => b.Deals), [.. books.Select(b => b.Totals)], new SlippedSnapshot(today, SlippedSnapshot.DefaultWindowDays, slipped))
        {
            Versions = versions,
        };
        await store.WriteSummaryAsync(tenantId, summary, cancellationToken).ConfigureAwait(false);
        await SummaryMarks.RenewedAsync(tables, tenantId, today, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>The explicit repair: applies every deal fact of the tenant to its books again (what is equal is left), then publishes.</summary>
    public async Task<PipelineSummary> RebuildAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var applied = await _books.RebuildAsync(tenantId, cancellationToken).ConfigureAwait(false);
        LogRepaired(tenantId, applied);
        return await RefreshAsync(tenantId, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 8850, Level = LogLevel.Information, Message = "Built the pipeline books of tenant {TenantId} from its facts: {Deals} deals applied in {Milliseconds} ms.")]
    private partial void LogBuilt(string tenantId, int deals, long milliseconds);

    [LoggerMessage(EventId = 8851, Level = LogLevel.Warning, Message = "Repaired the pipeline books of tenant {TenantId} from its facts: {Deals} deals differed.")]
    private partial void LogRepaired(string tenantId, int deals);
}
