namespace TeamsCrm.Core.Application;

/// <summary>
/// Pages through a list in its stored order, continuing after the id of the last item of the page before. The records
/// listed this way are never removed (a deleted comment keeps its place), so the id always marks where a page ended;
/// records that appear meanwhile before it do not shift the pages after it.
/// </summary>
internal static class Paging
{
    /// <summary>Checks the page request, then loads the account the caller may see (core records only).</summary>
    public static async Task<CrmResult<VisibleAccount>> LoadAccountAsync(IAccountStore store, Caller caller, string? accountId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Validate() is { } invalid
            ? invalid
            : await VisibleAccount.LoadAsync(store, caller, accountId, PartitionSlice.CoreOnly, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A page of the records of one kind of an account the caller may see, in stored order: none when the caller may not
    /// do <paramref name="listAction"/> on the account, else those <paramref name="visible"/> lets through.
    /// </summary>
    public static async Task<CrmResult<Page<T>>> ListRecordsAsync<T>(
        IAccountStore store, Caller caller, string? accountId, PageRequest page, CrmAction? listAction, Func<T, AccountAccess, bool> visible, CancellationToken cancellationToken)
        where T : AccountRecord
    {
        var loaded = await LoadAccountAsync(store, caller, accountId, page, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var access = loaded.Value.Access;
        if (listAction is { } action && !access.Can(action))
        {
            return new Page<T>([], null);
        }

        var all = store.QueryRecordsAsync<T>(caller.TenantId, loaded.Value.Partition.Account.Id, cancellationToken);
        return await TakeAsync(all, r => r.Id, r => visible(r, access), page, cancellationToken).ConfigureAwait(false);
    }

    public static Page<T> Take<T>(IEnumerable<T> ordered, Func<T, string> id, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var collector = new Collector<T>(id, page);
        foreach (var item in ordered)
        {
            if (collector.Offer(item))
            {
                break;
            }
        }

        return collector.ToPage();
    }

    public static async Task<Page<T>> TakeAsync<T>(IAsyncEnumerable<T> ordered, Func<T, string> id, Func<T, bool> visible, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var collector = new Collector<T>(id, page, visible);
        await foreach (var item in ordered.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (collector.Offer(item))
            {
                break;
            }
        }

        return collector.ToPage();
    }

    /// <summary>Skips to the item after <see cref="PageRequest.After"/>, then keeps visible items until one more than the page holds.</summary>
    private sealed class Collector<T>(Func<T, string> id, PageRequest page, Func<T, bool>? visible = null)
    {
        private readonly List<T> _items = [];
        private bool _started = page.After is null;
        private bool _more;

        /// <summary>True when the page is full and one more visible item exists (stop reading).</summary>
        public bool Offer(T item)
        {
            if (!_started)
            {
                _started = id(item) == page.After;
                return false;
            }

            if (visible is not null && !visible(item))
            {
                return false;
            }

            if (_items.Count == page.Size)
            {
                _more = true;
                return true;
            }

            _items.Add(item);
            return false;
        }

        public Page<T> ToPage() => new(_items, _more ? id(_items[^1]) : null);
    }
}
