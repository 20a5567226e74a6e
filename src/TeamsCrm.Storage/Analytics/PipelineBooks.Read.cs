using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Storage.Analytics;

public sealed partial class PipelineBooks
{
    /// <summary>Every owner's book (one range of the partition: a row per owner), ordinal order.</summary>
    public async Task<IReadOnlyList<OwnerBookRow>> ReadBooksAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var books = new List<OwnerBookRow>();
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(Partition(tenantId), BookRows.BookPrefix, StorageKeys.PrefixEnd(BookRows.BookPrefix)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            books.Add(BookRows.ToBook(row));
        }

        return books;
    }

    /// <summary>
    /// One owner's open deals expected before <paramref name="before"/> (late ones and those due soon): a range of the
    /// partition holding only open deals with an expected close day, by that day — what the slipped deals need, without
    /// reading the owner's other deals.
    /// </summary>
    public async Task<IReadOnlyList<DealFact>> ReadDueBeforeAsync(string tenantId, string ownerId, DateOnly before, CancellationToken cancellationToken = default)
    {
        var deals = new List<DealFact>();
        await foreach (var row in tables.Facts.QueryAsync<TableEntity>(
            StorageKeys.Filter(Partition(tenantId), BookRows.DueRangeStart(ownerId), BookRows.DueRangeEnd(ownerId, before)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deals.Add(BookRows.ToDue(ownerId, row));
        }

        return deals;
    }
}
