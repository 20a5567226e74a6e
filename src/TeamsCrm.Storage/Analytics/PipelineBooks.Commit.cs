using TeamsCrm.Analytics.Pipeline;

namespace TeamsCrm.Storage.Analytics;

public sealed partial class PipelineBooks
{
    /// <summary>
    /// One transaction for some deals' changes: the books of every owner they touch, read now with their ETags and
    /// written on them (added when new, deleted when their last deal left), each deal's contribution row on its ETag,
    /// and the range rows of the open deals with an expected close day. Any concurrent change of the same rows fails it whole.
    /// </summary>
    private async Task CommitAsync(string tenantId, IReadOnlyList<DealContribution> changes, CancellationToken cancellationToken)
    {
        var partition = Partition(tenantId);
        var owners = changes.SelectMany(c => c.Owners).Distinct(StringComparer.Ordinal).ToList();
        var books = await Task.WhenAll(owners.Select(owner => ReadBookAsync(partition, owner, cancellationToken))).ConfigureAwait(false);
        var aggregate = PipelineAggregate.Restore(books.OfType<OwnerBookRow>().Select(b => b.Totals));
        var deals = owners.Zip(books).ToDictionary(o => o.First, o => o.Second?.Deals ?? 0, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Old is { } old)
            {
                aggregate.Remove(old);
                deals[old.OwnerId]--;
            }

            if (change.New is { } current)
            {
                aggregate.Add(current);
                deals[current.OwnerId]++;
            }
        }

        var totals = aggregate.Totals.ToDictionary(t => t.Owner, StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        foreach (var (owner, book) in owners.Zip(books))
        {
            if (deals[owner] > 0)
            {
                var row = BookRows.Book(partition, totals[owner], deals[owner]);
                actions.Add(book is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, row)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, book.Version));
            }
            else if (book is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, BookRows.BookKey(owner)), book.Version));
            }
        }

        actions.AddRange(changes.SelectMany(change => RowActions(partition, change)));
        await tables.Facts.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<TableTransactionAction> RowActions(string partition, DealContribution change)
    {
        var contribution = BookRows.Contribution(partition, change);
        yield return change.OldVersion is { } version
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, contribution, version)
            : new TableTransactionAction(TableTransactionActionType.Add, contribution);

        // The range rows follow the contribution, guarded by the books' ETags (only a change of the owner's book writes them).
        var (oldKey, newKey) = (BookRows.DueKey(change.Old), BookRows.DueKey(change.New));
        if (oldKey is not null && oldKey != newKey)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, oldKey), ETag.All);
        }

        if (newKey is not null)
        {
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, BookRows.Due(partition, change.New!));
        }
    }

    private async Task<OwnerBookRow?> ReadBookAsync(string partition, string owner, CancellationToken cancellationToken)
    {
        var row = await tables.Facts.GetEntityIfExistsAsync<TableEntity>(partition, BookRows.BookKey(owner), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? BookRows.ToBook(row.Value!) : null;
    }
}
