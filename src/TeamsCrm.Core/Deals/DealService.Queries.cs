using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.Deals;

/// <summary>Reading deals: an account's deals the caller may see, page by page (in the order they were created).</summary>
public sealed partial class DealService
{
    /// <summary>The visible deals of the account, open and closed, as the caller may see them (redacted for partners).</summary>
    public async Task<CrmResult<Page<DealView>>> ListAsync(Caller caller, string accountId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var loaded = await Paging.LoadAccountAsync(store, caller, accountId, page, cancellationToken).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var (partition, access) = loaded.Value;
        var visible = partition.Deals
            .Where(d => access.CanSeeDeal(d.Id))
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => CustomerCardAssembler.ToView(d, access));
        return Paging.Take(visible, d => d.Id, page);
    }
}
