using TeamsCrm.Conversation.Notifications;
using TeamsCrm.Core.Channels;
using TeamsCrm.Storage.Notifications;
using TeamsCrm.Storage.Partners;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// A mini tenant on the real Table Storage stack (Azurite, tables of its own) with the real use cases and
/// the real <see cref="CrmConversation"/>: Megan and Lukas (members), Pat (a guest of Fabrikam Partners),
/// Contoso Ltd (Megan's "Renewal 2027", not shared), Fabrikam Inc (Megan's "Rollout", shared with
/// Fabrikam Partners at Edit), Fabrikam Partners Ltd, Müller Maschinenbau GmbH; and a second tenant.
/// </summary>
internal sealed class TurnWorld
{
    public const string PartnerOrg = "fabrikam-partners";

    private TurnWorld(FakeTimeProvider time, string tenant)
    {
        Time = time;
        TenantId = tenant;
        Megan = new Caller(tenant, Guid.NewGuid().ToString(), "Megan Bowen", CallerRole.Member);
        Lukas = new Caller(tenant, Guid.NewGuid().ToString(), "Lukas Weber", CallerRole.Member);
        Pat = new Caller(tenant, Guid.NewGuid().ToString(), "Pat Reyes", CallerRole.Guest, PartnerOrg);
        OtherTenant = new Caller(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), "Olga Other", CallerRole.Member);
        People = new TestPeople(
        [
            new Person(Megan.UserId, Megan.DisplayName, "megan@contoso-crm.example", "megan@contoso-crm.example", null, null, false),
            new Person(Lukas.UserId, Lukas.DisplayName, "lukas@contoso-crm.example", "lukas@contoso-crm.example", null, null, false),
            new Person(Pat.UserId, Pat.DisplayName, "pat@fabrikampartners.example", "pat_fabrikampartners.example#EXT#@contoso-crm.example", null, null, true),
        ]);
    }

    /// <summary>The services of the production registrations (AddCrmStorage, AddCrmUseCases, AddCrmAnalytics, AddCrmConversation), with this world's people and locales.</summary>
    private void Resolve(IServiceProvider services)
    {
        Journal = services.GetRequiredService<NotificationJournal>();
        Pending = services.GetRequiredService<PendingNotificationStore>();
        Partners = (TablePartnerDirectory)services.GetRequiredService<IPartnerDirectory>();
        Settings = services.GetRequiredService<TeamsCrm.Core.Settings.ICrmSettingsStore>();
        Accounts = services.GetRequiredService<AccountService>();
        Deals = services.GetRequiredService<DealService>();
        Handoffs = services.GetRequiredService<HandoffService>();
        Comments = services.GetRequiredService<CommentService>();
        Interactions = services.GetRequiredService<InteractionService>();
        Tasks = services.GetRequiredService<FollowUpService>();
        Contacts = services.GetRequiredService<ContactService>();
        Shares = services.GetRequiredService<ShareService>();
        MyWork = services.GetRequiredService<MyWorkService>();
        Store = services.GetRequiredService<IAccountStore>();
        ChannelLinks = services.GetRequiredService<ChannelLinkService>();
        Products = services.GetRequiredService<TeamsCrm.Core.Products.ProductCatalogService>();
        Reminders = services.GetRequiredService<HandoffReminders>();
        Conversation = services.GetRequiredService<CrmConversation>();
        Renderer = services.GetRequiredService<NotificationRenderer>();
        Extension = services.GetRequiredService<TeamsCrm.Conversation.MessageExtension.RecordSearchCards>();
        SaveDialog = services.GetRequiredService<TeamsCrm.Conversation.MessageExtension.SaveMessageDialog>();
        AskWhom = services.GetRequiredService<TeamsCrm.Conversation.Partners.GuestAskWhom>();
    }

    public FakeTimeProvider Time { get; }

    /// <summary>Records what each turn committed for others (the host delivers it right after the turn).</summary>
    public NotificationJournal Journal { get; private set; } = null!;
    public PendingNotificationStore Pending { get; private set; } = null!;
    public NotificationRenderer Renderer { get; private set; } = null!;
    public HandoffReminders Reminders { get; private set; } = null!;
    public string TenantId { get; }
    public TablePartnerDirectory Partners { get; private set; } = null!;
    public TeamsCrm.Core.Settings.ICrmSettingsStore Settings { get; private set; } = null!;
    public AccountService Accounts { get; private set; } = null!;
    public DealService Deals { get; private set; } = null!;
    public HandoffService Handoffs { get; private set; } = null!;
    public CommentService Comments { get; private set; } = null!;
    public InteractionService Interactions { get; private set; } = null!;
    public FollowUpService Tasks { get; private set; } = null!;
    public ContactService Contacts { get; private set; } = null!;
    public ShareService Shares { get; private set; } = null!;
    public MyWorkService MyWork { get; private set; } = null!;

    /// <summary>The account store, to read what a change recorded (shares, audit entries) as stored.</summary>
    public IAccountStore Store { get; private set; } = null!;
    public ChannelLinkService ChannelLinks { get; private set; } = null!;
    public TeamsCrm.Core.Products.ProductCatalogService Products { get; private set; } = null!;
    public TestPeople People { get; }

    /// <summary>The host's chart and insights page links (what the insights cards were given).</summary>
    public TestInsightsLinks InsightsLinks { get; } = new();

    /// <summary>The languages people last used with the bot (unknown unless a test sets one).</summary>
    public TestLocales Locales { get; } = new();
    public CrmConversation Conversation { get; private set; } = null!;

    /// <summary>The message extension (search, chosen result, link unfurling), on the same services.</summary>
    public TeamsCrm.Conversation.MessageExtension.RecordSearchCards Extension { get; private set; } = null!;

    /// <summary>What a guest in no partner organisation is told on every surface.</summary>
    public TeamsCrm.Conversation.Partners.GuestAskWhom AskWhom { get; private set; } = null!;

    /// <summary>The message action "Save to CRM", on the same services.</summary>
    public TeamsCrm.Conversation.MessageExtension.SaveMessageDialog SaveDialog { get; private set; } = null!;

    public Caller Megan { get; }
    public Caller Lukas { get; }
    public Caller Pat { get; }
    public Caller OtherTenant { get; }

    public Account Contoso { get; private set; } = null!;
    public Deal ContosoRenewal { get; private set; } = null!;
    public Account Fabrikam { get; private set; } = null!;
    public Deal FabrikamRollout { get; private set; } = null!;
    public Account Mueller { get; private set; } = null!;
    public Account OtherContoso { get; private set; } = null!;

    /// <param name="configure">Registrations before the conversation's own (e.g. an IPeopleContextSource).</param>
    public static async Task<TurnWorld> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var world = new TurnWorld(time, Guid.NewGuid().ToString());
        var services = await CrmTestServices.StartAsync(TestStorage.NewTablePrefix("T"), time, configure: services =>
        {
            services.AddSingleton<IPeopleDirectory>(world.People);
            services.AddSingleton<IPersonLocales>(world.Locales);
            TeamsCrm.Analytics.AnalyticsServiceCollectionExtensions.AddCrmAnalytics(services);
            services.AddSingleton<TeamsCrm.Conversation.Insights.IInsightsChartLinks>(world.InsightsLinks);
            services.AddSingleton<TeamsCrm.Conversation.Insights.IInsightsPageLinks>(world.InsightsLinks);
            configure?.Invoke(services);
            services.AddCrmConversation();
        });
        world.Resolve(services);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        await Partners.UpsertAsync(TenantId, new PartnerOrganization(PartnerOrg, "Fabrikam Partners", ["fabrikampartners.example"]) { Members = [Pat.AsPerson()] });
        Contoso = await AccountAsync(Megan, "Contoso Ltd");
        ContosoRenewal = await DealAsync(Megan, Contoso, "Renewal 2027", 48000m);
        Fabrikam = await AccountAsync(Megan, "Fabrikam Inc");
        FabrikamRollout = await DealAsync(Megan, Fabrikam, "Rollout", 12500m);
        await AccountAsync(Megan, "Fabrikam Partners Ltd");
        Mueller = await AccountAsync(Megan, "Müller Maschinenbau GmbH");
        Ok(await Shares.ShareAsync(Megan, Fabrikam.Id, PartnerOrg, ShareLevel.Edit));
        OtherContoso = await AccountAsync(OtherTenant, "Contoso Ltd");
    }

    public async Task<Account> AccountAsync(Caller caller, string name)
    {
        Tick();
        return Ok(await Accounts.CreateAsync(caller, new AccountInput(name, Industry: "Testing", Segment: "Enterprise"), allowSimilarName: true));
    }

    public async Task<Deal> DealAsync(Caller caller, Account account, string title, decimal amount)
    {
        Tick();
        return Ok(await Deals.CreateAsync(caller, account.Id, new DealInput(title, amount, Probability: 40)));
    }

    public void Tick() => Time.Advance(TimeSpan.FromMilliseconds(5));

    public static T Ok<T>(TeamsCrm.Core.Common.CrmResult<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Code);
        return result.Value!;
    }

    /// <summary>
    /// A message turn as the host runs it — in the caller's 1:1 chat, or (with a channel id) in that channel, or in a
    /// conversation of <paramref name="kind"/>: the reply, plus what the turn committed for others, rendered as each
    /// recipient now.
    /// </summary>
    public async Task<TurnOutcome> SayAsync(Caller caller, string text, string? locale = "en-US", IReadOnlyList<Mention>? mentions = null, string? channelId = null, ConversationKind? kind = null)
    {
        Tick();
        Locales.SetIfUnknown(caller, locale);
        var where = kind ?? (channelId is null ? ConversationKind.Personal : ConversationKind.Channel);
        using var scope = Journal.Begin();
        var outcome = await Conversation.HandleMessageAsync(new TurnInput(caller, where, text, locale, mentions ?? [], channelId, channelId is null ? null : "team-1"));
        var (notes, updates) = await DeliverAsync(scope.Written);
        return outcome with { Notifications = [.. outcome.Notifications, .. notes], Updates = [.. outcome.Updates, .. updates] };
    }

    /// <summary>A card action as the host runs it (see <see cref="SayAsync"/>).</summary>
    public async Task<CardActionOutcome> ClickAsync(Caller caller, string verb, JsonObject data, string? locale = "en-US", ConversationKind kind = ConversationKind.Personal, CardAnswer answer = CardAnswer.Invoke)
    {
        Tick();
        Locales.SetIfUnknown(caller, locale);
        var channelId = kind == ConversationKind.Channel ? "19:channel@thread.tacv2" : null;
        using var scope = Journal.Begin();
        var outcome = await Conversation.HandleCardActionAsync(new CardActionInput(caller, kind, answer, verb, data, locale, channelId, channelId is null ? null : "team-1"));
        var (notes, updates) = await DeliverAsync(scope.Written);
        return outcome with { Notifications = [.. outcome.Notifications, .. notes], Updates = [.. outcome.Updates, .. updates] };
    }

    /// <summary>The reminder job's run: claims the overdue handoffs and returns the reminders, rendered as each recipient.</summary>
    public async Task<IReadOnlyList<Notification>> RemindAsync()
    {
        using var scope = Journal.Begin();
        await Reminders.ClaimDueAsync(TenantId);
        return (await DeliverAsync(scope.Written)).Notes;
    }

    /// <summary>Renders each committed notification as its recipient and removes it, like a delivery that succeeded.</summary>
    public async Task<(IReadOnlyList<Notification> Notes, IReadOnlyList<CardUpdate> Updates)> DeliverAsync(IReadOnlyList<NotificationTicket> tickets)
    {
        var notes = new List<Notification>();
        var updates = new List<CardUpdate>();
        foreach (var ticket in tickets)
        {
            var pending = await Pending.ReadAsync(ticket, default);
            Assert.NotNull(pending);
            var rendered = await Renderer.RenderAsync(TenantId, pending, default);
            if (rendered.Message is { } message)
            {
                notes.Add(new Notification(rendered.UserId, message, rendered.OnceKey));
            }

            updates.AddRange(rendered.Updates);
            await Pending.CompleteAsync(ticket, default);
        }

        return (notes, updates);
    }

    public static Mention MentionOf(Caller person) => new(person.DisplayName, person.UserId);

    public static JsonObject Data(params (string Name, string Value)[] fields)
    {
        var data = new JsonObject();
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }

        return data;
    }
}

/// <summary>An in-memory people directory for the mini tenant.</summary>
internal sealed class TestPeople(IReadOnlyList<Person> seed) : IPeopleDirectory
{
    private readonly List<Person> _people = [.. seed];

    private int _searches;

    /// <summary>How often the directory was searched by name (a guest's turns must never search it).</summary>
    public int Searches => _searches;

    public void Add(Person person) => _people.Add(person);

    public Task<IReadOnlyList<Person>> FindAsync(string tenantId, string query, int take, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _searches);
        return Find(query, take);
    }

    private Task<IReadOnlyList<Person>> Find(string query, int take) =>
        Task.FromResult<IReadOnlyList<Person>>(_people
            .Where(p => p.DisplayName.Split(' ').Any(w => w.StartsWith(query, StringComparison.OrdinalIgnoreCase)) || p.DisplayName.StartsWith(query, StringComparison.OrdinalIgnoreCase))
            .Take(take)
            .ToList());

    public Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_people.FirstOrDefault(p => p.UserId == userId));

    public Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default) => Task.FromResult<Person?>(null);
}

/// <summary>What the host knows of people's locales: set per test.</summary>
internal sealed class TestLocales : IPersonLocales
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _locales = new(StringComparer.Ordinal);

    public void Set(Caller person, string locale) => _locales[person.TenantId + "|" + person.UserId] = locale;

    /// <summary>Like the host, which learns a person's locale from their activities: only when no test set one.</summary>
    public void SetIfUnknown(Caller person, string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            _locales.TryAdd(person.TenantId + "|" + person.UserId, locale);
        }
    }

    public Task<string?> GetLocaleAsync(string tenantId, string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_locales.GetValueOrDefault(tenantId + "|" + userId));
}
