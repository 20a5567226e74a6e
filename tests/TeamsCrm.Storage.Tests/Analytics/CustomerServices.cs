using Microsoft.Extensions.Logging.Abstractions;
using TeamsCrm.Analytics;
using TeamsCrm.Analytics.CallList;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Products;

namespace TeamsCrm.Storage.Tests.Analytics;

/// <summary>The customer insights' services over a test store's real tables, as AddCrmAnalytics wires them (EUR, daily retraining).</summary>
internal sealed class CustomerServices
{
    public CustomerServices(CrmTestStore crm)
    {
        var options = Options.Create(new AnalyticsOptions());
        Facts = new TableCustomerFactsStore(crm.Tables);
        ModelStore = new TableScoreModelStore(crm.Tables);
        Models = new ScoreModelRegistry(crm.Analytics, Facts, ModelStore, options, crm.Time, NullLogger<ScoreModelRegistry>.Instance);
        Scores = new DealScoreService(crm.Analytics, Facts, crm.Store, Models, crm.Time);
        Documents = new CustomerDocumentsBuilder(crm.Analytics, Facts, crm.Store, crm.Index, Models, options, crm.Time);
        Insights = new CustomerInsightsService(crm.Analytics, Facts, crm.Store, Scores, Documents, options, crm.Time);
        Calls = new CallListService(Facts, crm.Index, Documents, options, crm.Time);
        Catalog = new TableProductCatalogStore(crm.Tables);
        MiningStore = new TableMiningStore(crm.Tables);
        Mining = new MiningInsightsService(MiningStore, crm.Analytics, Facts, Catalog, options, crm.Time);
        Refresher = new CustomerSummaryRefresher(crm.Tables, Documents, Models, options, crm.Time, new MiningSummaryRefresher(MiningStore, Catalog, options));
    }

    public TableCustomerFactsStore Facts { get; }
    public TableScoreModelStore ModelStore { get; }
    public ScoreModelRegistry Models { get; }
    public DealScoreService Scores { get; }
    public CustomerDocumentsBuilder Documents { get; }
    public CustomerInsightsService Insights { get; }
    public CallListService Calls { get; }
    public CustomerSummaryRefresher Refresher { get; }
    public TableProductCatalogStore Catalog { get; }
    public TableMiningStore MiningStore { get; }
    public MiningInsightsService Mining { get; }
}
