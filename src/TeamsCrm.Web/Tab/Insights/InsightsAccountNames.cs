using System.Collections.Concurrent;
using TeamsCrm.Core.Persistence;

namespace TeamsCrm.Web.Tab.Insights;

/// <summary>
/// The names of the slipped deals' accounts on the insights page, from the index's account summaries, kept per tenant
/// and account for <see cref="Lifetime"/> (an account the index does not know is kept as unknown too). The page's first
/// HTML would otherwise wait for one index read per named account after the figures; a renamed account shows its new
/// name here at most a minute late (its workspace at once). Which accounts are asked for is the insights service's
/// answer, so a name is only ever shown for a deal the viewer may see.
/// </summary>
public sealed class InsightsAccountNames(ICrmIndex index, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private const int MaxKept = 10_000;

    private readonly ConcurrentDictionary<(string TenantId, string AccountId), (string? Name, DateTimeOffset ReadAt)> _kept = new();

    /// <summary>The names of the accounts that have one, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var now = time.GetUtcNow();
        var missing = accountIds.Where(id => !_kept.TryGetValue((tenantId, id), out var kept) || now - kept.ReadAt >= Lifetime).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var read = (await index.GetAccountSummariesAsync(tenantId, missing, cancellationToken)).ToDictionary(a => a.AccountId, a => a.Name, StringComparer.Ordinal);
            if (_kept.Count + missing.Count > MaxKept)
            {
                _kept.Clear();
            }

            foreach (var id in missing)
            {
                _kept[(tenantId, id)] = (read.GetValueOrDefault(id), now);
            }
        }

        return accountIds
            .Select(id => (Id: id, Name: _kept.TryGetValue((tenantId, id), out var kept) ? kept.Name : null))
            .Where(n => n.Name is not null)
            .DistinctBy(n => n.Id, StringComparer.Ordinal)
            .ToDictionary(n => n.Id, n => n.Name!, StringComparer.Ordinal);
    }
}
