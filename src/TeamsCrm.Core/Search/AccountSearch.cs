using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Search;

/// <summary>
/// Finds accounts by name. Members search the tenant's name index (one range query). Guests search
/// only what is shared with their organisation, and every hit is verified against the share record
/// in the account's partition, so a revoked share is never shown even while the index lags.
/// </summary>
public sealed class AccountSearch(IAccountStore store, ICrmIndex index)
{
    public const int DefaultTake = 10;
    public const int MaxTake = 50;

    public async Task<CrmResult<IReadOnlyList<AccountSearchHit>>> SearchAsync(Caller caller, string? query, int take = DefaultTake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var check = new InputCheck().Required("query", query, FieldLimits.Name).Range("take", take, 1, MaxTake);
        var prefix = string.Join(' ', NameFolding.SignificantWords(query));
        if (check.ToError() is { } invalid)
        {
            return invalid;
        }

        if (prefix.Length == 0)
        {
            return CrmError.Invalid([new FieldError("query", ErrorCodes.Required)]);
        }

        return caller.IsGuest
            ? CrmResult<IReadOnlyList<AccountSearchHit>>.Success(await SearchSharedAsync(caller, prefix, take, cancellationToken).ConfigureAwait(false))
            : CrmResult<IReadOnlyList<AccountSearchHit>>.Success(await SearchTenantAsync(caller.TenantId, prefix, take, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Accounts whose significant name equals the given one: the duplicate suggestions on create.</summary>
    public async Task<IReadOnlyList<AccountSearchHit>> FindSameNameAsync(Caller caller, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var folded = string.Join(' ', NameFolding.SignificantWords(name));
        if (folded.Length == 0)
        {
            return [];
        }

        var hits = await SearchTenantAsync(caller.TenantId, folded, MaxTake, cancellationToken).ConfigureAwait(false);
        return hits.Where(h => string.Join(' ', NameFolding.SignificantWords(h.Name)) == folded).ToArray();
    }

    private async Task<IReadOnlyList<AccountSearchHit>> SearchTenantAsync(string tenantId, string prefix, int take, CancellationToken cancellationToken)
    {
        var entries = await index.SearchAccountNamesAsync(tenantId, prefix, take * 3, cancellationToken).ConfigureAwait(false);
        return entries
            .DistinctBy(e => e.AccountId)
            .OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(take)
            .Select(e => new AccountSearchHit(e.AccountId, e.Name, e.Industry, e.City))
            .ToArray();
    }

    private async Task<IReadOnlyList<AccountSearchHit>> SearchSharedAsync(Caller caller, string prefix, int take, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(caller.PartnerOrganizationId))
        {
            return [];
        }

        var shares = await index.ListPartnerSharesAsync(caller.TenantId, caller.PartnerOrganizationId, cancellationToken).ConfigureAwait(false);
        var verified = await Task.WhenAll(shares.GroupBy(s => s.AccountId).Select(async group =>
        {
            var account = await store.GetAccountIfExistsAsync(caller.TenantId, group.Key, cancellationToken).ConfigureAwait(false);
            if (account is null || !NameFolding.SearchKeys(account.Name).Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return null;
            }

            foreach (var entry in group)
            {
                var key = ShareKeys.For(caller.PartnerOrganizationId, entry.DealId);
                if (await store.GetRecordIfExistsAsync<Share>(caller.TenantId, group.Key, key, cancellationToken).ConfigureAwait(false) is not null)
                {
                    return new AccountSearchHit(account.Id, account.Name, account.Industry, account.Address.City);
                }
            }

            return null;
        })).ConfigureAwait(false);
        return verified.OfType<AccountSearchHit>()
            .OrderBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(take)
            .ToArray();
    }
}
