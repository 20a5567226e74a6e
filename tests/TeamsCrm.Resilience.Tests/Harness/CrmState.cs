using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Configuration;

namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>
/// What the app instances stored, read with the app's own storage code (AddCrmStorage, the same tables and keys):
/// accounts, records, index entries and outbox markers — to check after a burst that every change is whole.
/// </summary>
internal sealed class CrmState : IDisposable
{
    private readonly ServiceProvider _services;

    private CrmState(ServiceProvider services)
    {
        _services = services;
        Store = _services.GetRequiredService<IAccountStore>();
        Tables = _services.GetRequiredService<CrmTables>();
    }

    public IAccountStore Store { get; }

    public CrmTables Tables { get; }

    public static CrmState Open(string connectionString, string tablePrefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = tablePrefix,
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddCrmStorage()
            .BuildServiceProvider();
        return new CrmState(services);
    }

    /// <summary>Every account of the demo tenant: id and name.</summary>
    public async Task<IReadOnlyList<(string Id, string Name)>> AccountsAsync()
    {
        var accounts = new List<(string, string)>();
        await foreach (var entity in Tables.Data.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {StorageKeys.Account}"), select: ["Id", "Name"]))
        {
            accounts.Add((entity.GetString("Id"), entity.GetString("Name")));
        }

        return accounts;
    }

    public async Task<AccountPartition> LoadAsync(string accountId) =>
        await Store.LoadAsync(DemoPeople.TenantId, accountId, PartitionSlice.CoreOnly) ?? throw new InvalidOperationException($"Account {accountId} is gone.");

    /// <summary>Per account, its first open deal owned by a demo member that has no handoff yet.</summary>
    public async Task<IReadOnlyList<Deal>> OpenDealsAsync(IEnumerable<string> accountIds)
    {
        var members = DemoPeople.Members.Select(m => m.AadObjectId).ToHashSet(StringComparer.Ordinal);
        var deals = new List<Deal>();
        foreach (var accountId in accountIds)
        {
            var partition = await LoadAsync(accountId);
            deals.AddRange(partition.Deals.Where(d => d.IsOpen && members.Contains(d.Owner.UserId) && partition.Handoffs.All(h => h.DealId != d.Id)).Take(1));
        }

        return deals;
    }

    public async Task<IReadOnlyList<Comment>> CommentsAsync(string accountId)
    {
        var comments = new List<Comment>();
        await foreach (var comment in Store.QueryRecordsAsync<Comment>(DemoPeople.TenantId, accountId))
        {
            comments.Add(comment);
        }

        return comments;
    }

    /// <summary>Index updates still in flight: markers in the outbox table and outbox entities in account partitions.</summary>
    public async Task<int> PendingIndexUpdatesAsync()
    {
        var count = 0;
        await foreach (var _ in Tables.Outbox.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        await foreach (var _ in Tables.Data.QueryAsync<TableEntity>("RowKey ge 'x|' and RowKey lt 'x|~'", select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// What is wrong with the per-person index of this account's deals and handoffs: an open deal must be listed for its
    /// owner and nobody else, a pending handoff for its recipient and nobody else, anything else for nobody.
    /// </summary>
    public async Task<IReadOnlyList<string>> IndexProblemsAsync(AccountPartition partition, IEnumerable<string> people)
    {
        var problems = new List<string>();
        var everyone = people.ToArray();
        foreach (var deal in partition.Deals)
        {
            await ExpectListedAsync(PersonalListKind.OwnedDeals, deal.AccountId, deal.Id, DealStages.IsOpen(deal.Stage) ? deal.Owner.UserId : null, everyone, problems);
        }

        foreach (var handoff in partition.Handoffs)
        {
            await ExpectListedAsync(PersonalListKind.HandoffsWaiting, handoff.AccountId, handoff.Id, handoff.Status == HandoffStatus.Pending ? handoff.To.UserId : null, everyone, problems);
        }

        return problems;
    }

    private async Task ExpectListedAsync(PersonalListKind kind, string accountId, string recordId, string? listedFor, string[] people, List<string> problems)
    {
        foreach (var person in people)
        {
            var entry = await Tables.Index.GetEntityIfExistsAsync<TableEntity>(
                StorageKeys.PersonalPartition(DemoPeople.TenantId, person), IndexProjection.PersonalRowKey(kind, accountId, recordId), ["RowKey"]);
            var expected = person == listedFor;
            if (entry.HasValue != expected)
            {
                problems.Add($"{kind} {accountId}/{recordId} {(expected ? "missing for" : "wrongly listed for")} {person}");
            }
        }
    }

    public void Dispose() => _services.Dispose();
}
