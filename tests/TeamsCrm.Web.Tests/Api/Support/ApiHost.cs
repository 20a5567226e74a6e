using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>
/// One real app (Development: the demo tenant seeded, the offline directory) in tables of its own, validating Entra
/// tokens against a loopback Entra (<see cref="LoopbackEntra"/>), its Teams notifications going to a loopback connector, shared by the API tests of the "Api" collection (ApiTests).
/// Every test makes the records it changes (<see cref="NewAccountAsync"/>), so the tests do not depend on each other.
/// </summary>
public sealed class ApiHost : IAsyncLifetime
{
    public const string ClientId = "6e2c4b1a-3d5f-4a7b-9c8d-0e1f2a3b4c5d";
    public const string ApplicationIdUri = "api://crm.test/" + ClientId;

    /// <summary>A tenant other than the demo tenant.</summary>
    public const string OtherTenantId = "0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e";

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _once = new(StringComparer.Ordinal);
    private int _accounts;

    public LoopbackEntra Entra { get; private set; } = null!;

    /// <summary>Where the Teams notifications of the API's changes (handoffs, mentions) go.</summary>
    internal LoopbackConnector Connector { get; private set; } = null!;

    internal CrmWebFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Entra = await LoopbackEntra.StartAsync();
        Connector = await LoopbackConnector.StartAsync();
        Factory = new CrmWebFactory(new Dictionary<string, string?>
        {
            ["Bot:ProactiveServiceUrl"] = Connector.ServiceUrl,
            ["Entra:ClientId"] = ClientId,
            ["Entra:ApplicationIdUri"] = ApplicationIdUri,
            ["Entra:MetadataAddress"] = Entra.MetadataAddress,
        });
        Factory.CreateClient().Dispose();
        await Factory.DemoHistorySeededAsync();
    }

    /// <summary>A client that sends <paramref name="person"/>'s token (audience: the Application ID URI) and the language.</summary>
    public ApiClient ClientFor(Caller person, string language = "en") => ClientWith(TokenFor(person), language);

    /// <summary>A client that sends this raw Authorization token (or none).</summary>
    public ApiClient ClientWith(string? token, string language = "en")
    {
        var http = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new ApiClient(http);
    }

    /// <summary>A valid token of a demo person: their tenant and object id, the API's audience.</summary>
    public string TokenFor(Caller person, Func<EntraToken, EntraToken>? change = null)
    {
        var token = new EntraToken(person.TenantId, person.UserId, ApplicationIdUri) { Name = person.DisplayName };
        return Entra.Token(change is null ? token : change(token));
    }

    /// <summary>A new account of <paramref name="owner"/> (a member) with a name no other account has.</summary>
    internal async Task<Account> NewAccountAsync(Caller owner, string prefix = "Api Test")
    {
        var name = $"{prefix} {Interlocked.Increment(ref _accounts)} {Guid.NewGuid().ToString("N")[..6]}";
        var created = await Factory.Services.GetRequiredService<AccountService>()
            .CreateAsync(owner, new AccountInput(name, Industry: "Testing", Segment: "Enterprise"), allowSimilarName: true);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    /// <summary>Shares the account (or one deal of it) with Fabrikam Partners, Pat's organisation.</summary>
    internal async Task ShareWithFabrikamAsync(string accountId, ShareLevel level, string? dealId = null)
    {
        var shared = await Factory.Services.GetRequiredService<ShareService>()
            .ShareAsync(DemoTenant.Megan, accountId, DemoTenant.FabrikamPartners.Id, level, dealId);
        Assert.True(shared.IsSuccess, shared.Error?.Code);
    }

    /// <summary>A new open deal of <paramref name="owner"/> on the account.</summary>
    internal async Task<Deal> NewDealAsync(Caller owner, string accountId, string title = "API deal")
    {
        var created = await Factory.Services.GetRequiredService<DealService>().CreateAsync(owner, accountId, new DealInput(title, 12_000m, Probability: 30, Source: "Referral"));
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    /// <summary>Data several tests read but none changes, made once per run.</summary>
    internal async Task<T> OnceAsync<T>(string key, Func<Task<T>> create)
        where T : class =>
        (T)await _once.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create())).Value;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Entra.DisposeAsync();
    }
}
