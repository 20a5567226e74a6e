using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Channels;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.FollowUps;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Search;
using TeamsCrm.Storage.Accounts;
using TeamsCrm.Storage.Channels;
using TeamsCrm.Storage.Configuration;
using TeamsCrm.Storage.Indexes;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Storage.Outbox;
using TeamsCrm.Storage.Partners;

namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>
/// The real Table Storage stack against Azurite, in tables of its own (a unique prefix per
/// instance), with the real use cases on top. <see cref="IndexWriter"/> can be told to fail,
/// to simulate a crash between the primary write and the index update.
/// </summary>
internal sealed class CrmTestStore
{
    private CrmTestStore(StorageOptions options, CrmTables tables, FaultyIndexWriter writer, FakeTimeProvider time)
    {
        Options = options;
        Tables = tables;
        IndexWriter = writer;
        Time = time;
        Outbox = new IndexOutbox(tables, writer, time);
        Store = new TableAccountStore(tables, Outbox, time, NullLogger<TableAccountStore>.Instance, new NotificationOutbox(tables, Journal, time));
        PendingNotifications = new PendingNotificationStore(tables, Microsoft.Extensions.Options.Options.Create(options), time);
        Index = new TableCrmIndex(tables);
        Partners = new TablePartnerDirectory(tables);
        Search = new AccountSearch(Store, Index);
        Accounts = new AccountService(Store, Search, time);
        Contacts = new ContactService(Store, time);
        Deals = new DealService(Store, time);
        Handoffs = new HandoffService(Store, time);
        Comments = new CommentService(Store, time);
        Interactions = new InteractionService(Store, time);
        Tasks = new FollowUpService(Store, time);
        Shares = new ShareService(Store, Partners, new CallerResolver(new TestPeopleDirectory(), Partners), time);
        MyWork = new MyWorkService(Store, Index);
        Reminders = new HandoffReminders(Store, Index, time);
        ChannelLinks = new ChannelLinkService(new TableChannelLinkStore(tables), Store, time);
    }

    public StorageOptions Options { get; }
    public CrmTables Tables { get; }
    public FaultyIndexWriter IndexWriter { get; }
    public FakeTimeProvider Time { get; }
    public IndexOutbox Outbox { get; }

    /// <summary>Records the notification tickets committed inside <see cref="NotificationJournal.Begin"/>.</summary>
    public NotificationJournal Journal { get; } = new();

    public PendingNotificationStore PendingNotifications { get; }
    public TableAccountStore Store { get; }
    public TableCrmIndex Index { get; }
    public TablePartnerDirectory Partners { get; }
    public AccountSearch Search { get; }
    public AccountService Accounts { get; }
    public ContactService Contacts { get; }
    public DealService Deals { get; }
    public HandoffService Handoffs { get; }
    public CommentService Comments { get; }
    public InteractionService Interactions { get; }
    public FollowUpService Tasks { get; }
    public ShareService Shares { get; }
    public MyWorkService MyWork { get; }
    public HandoffReminders Reminders { get; }
    public ChannelLinkService ChannelLinks { get; }

    /// <summary>A store in tables of its own, against the test Azurite or, given <paramref name="connectionString"/>, through a proxy in front of it.</summary>
    public static async Task<CrmTestStore> CreateAsync(string? connectionString = null)
    {
        var options = new StorageOptions
        {
            ConnectionString = connectionString ?? TestStorage.ConnectionString,
            TablePrefix = "T" + Guid.NewGuid().ToString("N")[..12],
        };
        var service = CrmStorageServiceCollectionExtensions.CreateServiceClient(options);
        var tables = new CrmTables(service, Microsoft.Extensions.Options.Options.Create(options));
        await tables.CreateIfNotExistsAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var writer = new FaultyIndexWriter(new TableIndexWriter(tables));
        return new CrmTestStore(options, tables, writer, time);
    }

    /// <summary>Advances fake time a little, so ids and timestamps of consecutive records differ.</summary>
    public void Tick() => Time.Advance(TimeSpan.FromMilliseconds(5));

    public async Task<int> CountPartitionEntitiesAsync(string tenantId, string accountId)
    {
        var count = 0;
        var filter = $"PartitionKey eq '{Keys.StorageKeys.AccountPartition(tenantId, accountId)}'";
        await foreach (var _ in Tables.Data.QueryAsync<Azure.Data.Tables.TableEntity>(filter))
        {
            count++;
        }

        return count;
    }

    /// <summary>Outbox markers of the whole test store (every tenant): none may outlive a finished commit.</summary>
    public async Task<int> CountOutboxMarkersAsync()
    {
        var count = 0;
        await foreach (var _ in Tables.Outbox.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            count++;
        }

        return count;
    }

    /// <summary>Outbox entities ("x|…") left in an account partition.</summary>
    public async Task<int> CountOutboxEntitiesAsync(string tenantId, string accountId)
    {
        var count = 0;
        var prefix = Keys.StorageKeys.OutboxPrefix;
        var filter = Keys.StorageKeys.Filter(Keys.StorageKeys.AccountPartition(tenantId, accountId), prefix, Keys.StorageKeys.PrefixEnd(prefix));
        await foreach (var _ in Tables.Data.QueryAsync<Azure.Data.Tables.TableEntity>(filter))
        {
            count++;
        }

        return count;
    }

    public async Task<int> CountIndexEntitiesAsync()
    {
        var count = 0;
        foreach (var table in Tables.Names.Values.Append(Tables.Index))
        {
            await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>())
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A new member, known to the test directory.</summary>
    public static Caller Member(string tenantId, string name) => TestPeopleDirectory.Register(new(tenantId, Guid.NewGuid().ToString(), name, CallerRole.Member));

    /// <summary>A new guest of <paramref name="organizationId"/>, known to the test directory by an email of that organisation's domain (<see cref="TestPeopleDirectory.DomainOf"/>).</summary>
    public static Caller Guest(string tenantId, string name, string? organizationId) =>
        TestPeopleDirectory.Register(new(tenantId, Guid.NewGuid().ToString(), name, CallerRole.Guest, organizationId));
}
