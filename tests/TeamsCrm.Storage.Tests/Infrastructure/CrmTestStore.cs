using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TeamsCrm.Analytics.Insights;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.Products;
using TeamsCrm.Core.Search;
using TeamsCrm.Core.Settings;
using TeamsCrm.Storage.Partners;

namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>
/// The real Table Storage stack against Azurite, in tables of its own (a unique prefix per
/// instance), with the real use cases on top. <see cref="IndexWriter"/> can be told to fail,
/// to simulate a crash between the primary write and the index update.
/// </summary>
internal sealed class CrmTestStore
{
    private CrmTestStore(IServiceProvider services, FakeTimeProvider time)
    {
        Options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Tables = services.GetRequiredService<CrmTables>();
        IndexWriter = (FaultyIndexWriter)services.GetRequiredService<IIndexWriter>();
        Time = time;
        Outbox = services.GetRequiredService<IndexOutbox>();
        Journal = services.GetRequiredService<NotificationJournal>();
        Store = (TableAccountStore)services.GetRequiredService<IAccountStore>();
        PendingNotifications = services.GetRequiredService<PendingNotificationStore>();
        Index = (TableCrmIndex)services.GetRequiredService<ICrmIndex>();
        Partners = (TablePartnerDirectory)services.GetRequiredService<IPartnerDirectory>();
        Settings = services.GetRequiredService<ICrmSettingsStore>();
        Search = services.GetRequiredService<AccountSearch>();
        Records = services.GetRequiredService<RecordSearch>();
        Accounts = services.GetRequiredService<AccountService>();
        Contacts = services.GetRequiredService<ContactService>();
        Deals = services.GetRequiredService<DealService>();
        Handoffs = services.GetRequiredService<HandoffService>();
        Comments = services.GetRequiredService<CommentService>();
        Interactions = services.GetRequiredService<InteractionService>();
        Tasks = services.GetRequiredService<FollowUpService>();
        Shares = services.GetRequiredService<ShareService>();
        PartnerOrganizations = services.GetRequiredService<PartnerOrganizationService>();
        Administrators = services.GetRequiredService<CrmAdministratorService>();
        MemberRemoval = services.GetRequiredService<PartnerMemberRemoval>();
        MyWork = services.GetRequiredService<MyWorkService>();
        Reminders = services.GetRequiredService<HandoffReminders>();
        ChannelLinks = services.GetRequiredService<ChannelLinkService>();
        Products = services.GetRequiredService<ProductCatalogService>();
        Analytics = services.GetRequiredService<IAnalyticsStore>();
    }

    public StorageOptions Options { get; }
    public CrmTables Tables { get; }
    public FaultyIndexWriter IndexWriter { get; }
    public FakeTimeProvider Time { get; }
    public IndexOutbox Outbox { get; }

    /// <summary>Records the notification tickets committed inside <see cref="NotificationJournal.Begin"/>.</summary>
    public NotificationJournal Journal { get; }

    public PendingNotificationStore PendingNotifications { get; }
    public TableAccountStore Store { get; }
    public TableCrmIndex Index { get; }
    public TablePartnerDirectory Partners { get; }
    public ICrmSettingsStore Settings { get; }
    public AccountSearch Search { get; }
    public RecordSearch Records { get; }
    public AccountService Accounts { get; }
    public ContactService Contacts { get; }
    public DealService Deals { get; }
    public HandoffService Handoffs { get; }
    public CommentService Comments { get; }
    public InteractionService Interactions { get; }
    public FollowUpService Tasks { get; }
    public ShareService Shares { get; }
    public PartnerOrganizationService PartnerOrganizations { get; }
    public CrmAdministratorService Administrators { get; }

    public PartnerMemberRemoval MemberRemoval { get; }
    public MyWorkService MyWork { get; }
    public HandoffReminders Reminders { get; }
    public ChannelLinkService ChannelLinks { get; }
    public ProductCatalogService Products { get; }
    public IAnalyticsStore Analytics { get; }

    /// <summary>
    /// A store in tables of its own, against the test Azurite or, given <paramref name="connectionString"/>, through a proxy
    /// in front of it: the services of the production registrations (AddCrmStorage, AddCrmUseCases) on fake time.
    /// </summary>
    public static async Task<CrmTestStore> CreateAsync(string? connectionString = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var services = await CrmTestServices.StartAsync(TestStorage.NewTablePrefix("T"), time, connectionString, replace =>
        {
            replace.AddSingleton<IPeopleDirectory, TestPeopleDirectory>();
            // The index writer of the production registration, wrapped so a test can make it fail.
            replace.Replace(ServiceDescriptor.Singleton<IIndexWriter>(sp => new FaultyIndexWriter(new TableIndexWriter(sp.GetRequiredService<CrmTables>()))));
        });
        return new CrmTestStore(services, time);
    }

    /// <summary>Advances fake time a little, so ids and timestamps of consecutive records differ.</summary>
    public void Tick() => Time.Advance(TimeSpan.FromMilliseconds(5));

    public Task<int> CountPartitionEntitiesAsync(string tenantId, string accountId) =>
        CountAsync(Tables.Data, Keys.StorageKeys.Filter(Keys.StorageKeys.AccountPartition(tenantId, accountId)));

    /// <summary>Outbox markers of the whole test store (every tenant): none may outlive a finished commit.</summary>
    public Task<int> CountOutboxMarkersAsync() => CountAsync(Tables.Outbox);

    /// <summary>Outbox entities ("x|…") left in an account partition.</summary>
    public Task<int> CountOutboxEntitiesAsync(string tenantId, string accountId)
    {
        var prefix = Keys.StorageKeys.OutboxPrefix;
        return CountAsync(Tables.Data, Keys.StorageKeys.Filter(Keys.StorageKeys.AccountPartition(tenantId, accountId), prefix, Keys.StorageKeys.PrefixEnd(prefix)));
    }

    public async Task<int> CountIndexEntitiesAsync()
    {
        var count = 0;
        foreach (var table in Tables.Names.Values.Append(Tables.Index))
        {
            count += await CountAsync(table);
        }

        return count;
    }

    /// <summary>The entities of <paramref name="table"/> (those <paramref name="filter"/> selects, if given).</summary>
    public static async Task<int> CountAsync(TableClient table, string? filter = null)
    {
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter))
        {
            count++;
        }

        return count;
    }

    /// <summary>A new member, known to the test directory.</summary>
    public static Caller Member(string tenantId, string name) => TestPeopleDirectory.Register(new(tenantId, Guid.NewGuid().ToString(), name, CallerRole.Member));

    /// <summary>A new member of the tenant whom its CRM settings name as an administrator (the caller carries it, as resolved).</summary>
    public static Caller Admin(string tenantId, string name) => Member(tenantId, name) with { IsCrmAdmin = true };

    /// <summary>A new guest of <paramref name="organizationId"/>, known to the test directory by an email of that organisation's domain (<see cref="TestPeopleDirectory.DomainOf"/>).</summary>
    public static Caller Guest(string tenantId, string name, string? organizationId) =>
        TestPeopleDirectory.Register(new(tenantId, Guid.NewGuid().ToString(), name, CallerRole.Guest, organizationId));
}
