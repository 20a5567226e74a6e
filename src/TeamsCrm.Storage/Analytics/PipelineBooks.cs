using System.Net;
using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// The pipeline's per-owner totals kept up to date one deal change at a time, in one partition of the "Facts" table
/// per tenant (<see cref="Partition"/>; rows in <see cref="BookRows"/>). Every deal has a contribution row: the deal as
/// it was last applied. Applying a deal reads its contribution (with its ETag), then its fact rows, and when they
/// differ commits in one transaction of that partition: the old owner's book minus the old contribution, the new
/// owner's book plus the new one, the new contribution and the slipped-deals range rows — every row on its ETag. So a
/// book always equals the sum of its owner's contributions; a redelivered change finds nothing to do (and confirms
/// that with a write on the contribution's ETag, so a concurrent commit from older reads fails); a change that meets a
/// concurrent one retries from fresh reads; a crash before the commit leaves the outbox entry, and its replay applies it. The partition's name carries <see cref="Shape"/>: a new shape starts empty and is built from the
/// facts (<see cref="RebuildAsync"/>), the explicit repair path.
/// </summary>
public sealed partial class PipelineBooks(CrmTables tables)
{
    /// <summary>The books' shape: a change of what a contribution adds starts a new partition, built from the facts.</summary>
    public const int Shape = 1;

    private const int MaxAttempts = 12;

    public static string Partition(string tenantId) => $"{StorageKeys.Checked(tenantId)}|books|{Shape}";

    /// <summary>
    /// Applies these deals of one tenant as their fact rows are now (each on its own, retried on conflicts), given the
    /// stage rows the change wrote: a deal's history is the one it was last applied with plus those (stage rows are
    /// only ever added, and every one goes through the index writer), so a change reads the deal's row, not its range.
    /// </summary>
    public async Task ApplyDealsAsync(string tenantId, IEnumerable<DealToApply> deals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deals);
        foreach (var deal in deals)
        {
            await ApplyDealAsync(tenantId, deal, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True once the books hold every deal of the tenant (after the first full build).</summary>
    public async Task<bool> IsBuiltAsync(string tenantId, CancellationToken cancellationToken = default) =>
        (await tables.Facts.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId), BookRows.BuiltKey, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;

    private async Task ApplyDealAsync(string tenantId, DealToApply deal, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The contribution first, then the facts: whoever commits last read the facts after every earlier commit.
            var (old, history, version) = await ReadContributionAsync(tenantId, deal.AccountId, deal.DealId, cancellationToken).ConfigureAwait(false);
            var (current, factVersion) = await ReadFactAsync(tenantId, deal.AccountId, deal.DealId, cancellationToken).ConfigureAwait(false);
            current = current is null ? null : current with { StageHistory = [.. history.Union(deal.Stages).OrderBy(c => c.EnteredAt)] };
            var change = new DealContribution(deal.AccountId, deal.DealId, old, version, current, factVersion);
            try
            {
                await (change.IsNone ? ConfirmAsync(tenantId, change, cancellationToken) : CommitAsync(tenantId, [change], cancellationToken)).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (IsConflict(ex.Status) && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Nothing to add or take away, as far as this change's reads go — but another change of the deal may be between its
    /// reads (made before this change's facts) and its transaction. A write conditional on the contribution as read (its
    /// ETag; no row: a tombstone that must not exist yet) makes that transaction fail and retry from fresh reads, so the
    /// last change to commit or confirm is always one that read the newest facts.
    /// </summary>
    private async Task ConfirmAsync(string tenantId, DealContribution change, CancellationToken cancellationToken)
    {
        var partition = Partition(tenantId);
        if (change.OldVersion is { } version)
        {
            await tables.Facts.UpdateEntityAsync(new TableEntity(partition, BookRows.ContributionKey(change.AccountId, change.DealId)), version, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await tables.Facts.AddEntityAsync(BookRows.Contribution(partition, change), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsConflict(int status) =>
        status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.NotFound;

    private async Task<(DealFact? Fact, IReadOnlyList<StageChange> History, ETag? Version)> ReadContributionAsync(
        string tenantId, string accountId, string dealId, CancellationToken cancellationToken)
    {
        var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(Partition(tenantId), BookRows.ContributionKey(accountId, dealId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue)
        {
            return (null, [], null);
        }

        var (fact, history) = BookRows.ToContribution(row.Value!);
        return (fact, history, row.Value!.ETag);
    }

    /// <summary>The deal's row as it is now (without its stage history) and the row's version; null when it has none (or a tombstone).</summary>
    private async Task<(DealFact? Fact, string Version)> ReadFactAsync(string tenantId, string accountId, string dealId, CancellationToken cancellationToken)
    {
        var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(
            StorageKeys.FactsPartition(tenantId), FactProjection.DealRowKey(accountId, dealId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && !DealFactRows.IsTombstone(row.Value!) ? (FactRows.ToDealFact(row.Value!, FactRows.NoCatalog), row.Value!.ETag.ToString()) : (null, "deleted");
    }
}
