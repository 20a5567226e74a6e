using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Facts;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Analytics.Synthetic;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;

namespace TeamsCrm.Api.Benchmarks.Insights;

/// <summary>
/// The customer side of the large tenant, so the insights page's call list and customers at risk have real work: the
/// customer documents (summary, every owner's call-list candidates, the customers at risk) computed with the
/// refresher's own code (<see cref="CallCandidates"/>, <see cref="CustomerDocumentsBuilder.AtRiskAsync"/>) over the
/// 10,000 generated accounts, their deals and interactions, named from the generator (the refresher reads the same names
/// from the accounts' partitions and the index, which the generated accounts do not have), and written by the store;
/// and the member's open deals in her open-deals index as the index projection writes them (what the call list checks).
/// </summary>
internal static class InsightsCustomers
{
    /// <summary>Writes the documents and the member's index entries; the stored documents.</summary>
    public static async Task<CustomerDocuments> SeedAsync(IServiceProvider services, SyntheticTenant tenant, DateTimeOffset now)
    {
        var tables = services.GetRequiredService<CrmTables>();
        var rates = services.GetRequiredService<IOptions<AnalyticsOptions>>().Value.Rates();
        var scorer = await services.GetRequiredService<ScoreModelRegistry>().GetAsync(InsightsTenant.TenantId);
        var summary = CustomerSummary.From(tenant.Deals, tenant.Interactions, now);
        var owners = tenant.Deals.GroupBy(d => d.AccountId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().OwnerId, StringComparer.Ordinal);
        var accounts = tenant.Accounts.ToDictionary(
            a => a.Fact.Id,
            a => new AccountSummaryEntry(a.Fact.Id, a.Name, new PersonRef(owners.GetValueOrDefault(a.Fact.Id) ?? tenant.OwnerIds[0], "Owner")),
            StringComparer.Ordinal);
        var names = new CustomerNames(
            accounts,
            tenant.Deals.Where(d => d.IsOpen).ToDictionary(d => d.Id, d => InsightsTenant.Title(d), StringComparer.Ordinal),
            tenant.Accounts.SelectMany(a => a.Contacts).ToDictionary(c => c.Id, c => $"{c.FirstName} {c.LastName}", StringComparer.Ordinal));
        var calls = CallCandidates.Build(tenant.AccountFacts, tenant.Deals, tenant.Interactions, summary, scorer, rates, now);
        var atRisk = await CustomerDocumentsBuilder.AtRiskAsync(summary, rates, ids => Task.FromResult<IReadOnlyList<AccountSummaryEntry>>([.. ids.Select(id => accounts[id])]));
        var documents = new CustomerDocuments(summary, CallCandidates.Named(calls, names), atRisk);
        await services.GetRequiredService<ICustomerFactsStore>().WriteCustomerDocumentsAsync(InsightsTenant.TenantId, documents);
        await IndexOpenDealsAsync(tables, tenant.Deals.Where(d => d.IsOpen && d.OwnerId == DemoPeople.Megan.AadObjectId));
        return documents;
    }

    /// <summary>The index entries of the deals as the index projection derives them (the member's open deals among them).</summary>
    private static async Task IndexOpenDealsAsync(CrmTables tables, IEnumerable<DealFact> deals)
    {
        var operations = deals
            .SelectMany(d => IndexProjection.For(tables, InsightsTenant.TenantId, new RecordChange(null, InsightsTenant.Record(d, d.StageHistory.Count > 0 ? d.StageHistory[^1] : new StageChange(d.Stage, d.CreatedAt)))))
            .Where(o => o.Properties is not null && o.Table != tables.Facts.Name)
            .ToList();
        await Parallel.ForEachAsync(operations, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (operation, cancellationToken) =>
        {
            var entity = new TableEntity(operation.PartitionKey, operation.RowKey);
            foreach (var (name, value) in operation.Properties!)
            {
                entity[name] = value;
            }

            await tables.ByName(operation.Table).UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        });
    }
}
