using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Analytics.Mining;
using TeamsCrm.Analytics.Scoring;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Settings;
using TeamsCrm.Storage.Accounts;
using TeamsCrm.Storage.Analytics;
using TeamsCrm.Storage.Channels;
using TeamsCrm.Storage.Health;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Storage.Outbox;
using TeamsCrm.Storage.Partners;
using TeamsCrm.Storage.Products;
using TeamsCrm.Storage.Settings;

namespace TeamsCrm.Storage.Configuration;

public static class CrmStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers Table Storage for the CRM: options (validated at start), one TableServiceClient,
    /// the stores, the outbox sweeper, the durable notification queue (its dispatcher lives in the host), table
    /// creation and the storage health check.
    /// </summary>
    public static IServiceCollection AddCrmStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<CrmSettingsOptions>()
            .BindConfiguration(CrmSettingsOptions.SectionName)
            .Validate(o => o.IsValid(), "Crm:Admins must list Entra object ids (GUIDs).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => CreateServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<CrmTables>();
        services.TryAddSingleton<IIndexWriter, TableIndexWriter>();
        services.TryAddSingleton<IndexOutbox>();
        services.TryAddSingleton<NotificationJournal>();
        services.TryAddSingleton<NotificationOutbox>();
        services.TryAddSingleton<PendingNotificationStore>();
        services.TryAddSingleton<IAccountStore, TableAccountStore>();
        services.TryAddSingleton<ICrmIndex, TableCrmIndex>();
        services.TryAddSingleton<IPartnerDirectory, TablePartnerDirectory>();
        services.Replace(ServiceDescriptor.Singleton<ISharingVersion, TableSharingVersion>()); // wins over the use cases' one-instance default
        services.TryAddSingleton<TableCrmSettingsStore>();
        services.TryAddSingleton<ICrmSettingsStore>(sp => sp.GetRequiredService<TableCrmSettingsStore>());
        services.TryAddSingleton<ICrmSettingsChanges>(sp => sp.GetRequiredService<TableCrmSettingsStore>());
        services.TryAddSingleton<IChannelLinkStore, TableChannelLinkStore>();
        services.TryAddSingleton<IProductCatalogStore, TableProductCatalogStore>();
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<OutboxSweeper>();
        services.TryAddSingleton<IndexBackfill>();
        services.AddHostedService<IndexBackfillService>();
        services.TryAddSingleton<AnalyticsVersions>();
        services.TryAddSingleton<IAnalyticsStore, TableAnalyticsStore>();
        services.TryAddSingleton<FactBackfill>();
        services.TryAddSingleton<ICustomerFactsStore, TableCustomerFactsStore>();
        services.TryAddSingleton<IScoreModelStore, TableScoreModelStore>();
        services.TryAddSingleton<ScoreModelRegistry>();
        services.TryAddSingleton<CustomerDocumentsBuilder>();
        services.TryAddSingleton<CustomerSummaryRefresher>();
        services.TryAddSingleton<IMiningStore, TableMiningStore>();
        services.TryAddSingleton<MiningSummaryRefresher>();
        services.AddHostedService<CustomerRefreshService>();
        services.TryAddSingleton<SummaryRefresher>();
        services.AddHostedService<SummaryRefreshService>();
        services.TryAddSingleton<StageHistoryWriter>();
        services.TryAddSingleton<StageHistoryBackfill>();
        services.AddHostedService<StageHistoryBackfillService>();
        // Bounded, so a store that hangs (rather than refusing) still makes /health answer 503 promptly.
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", timeout: StorageHealthCheck.Timeout);
        return services;
    }

    public static TableServiceClient CreateServiceClient(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = CreateClientOptions(options);
        return options.UsesTokenCredential
            ? new TableServiceClient(options.TableEndpoint, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>The SDK's retry policy from the options, which <see cref="StorageTimeBounds"/> derives the commit budget from.</summary>
    public static TableClientOptions CreateClientOptions(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = Azure.Core.RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }
}
