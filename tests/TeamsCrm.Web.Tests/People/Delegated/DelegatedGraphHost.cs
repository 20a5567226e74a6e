using Azure.Core;
using TeamsCrm.Core.Accounts;
using TeamsCrm.Graph;
using TeamsCrm.Graph.Delegated;
using TeamsCrm.TestSupport.Graph;
using static TeamsCrm.TestSupport.Graph.GraphContextPayloads;

namespace TeamsCrm.Web.Tests.People.Delegated;

/// <summary>
/// The real app (Development) with delegated Graph on: Entra tokens from a loopback Entra, Graph on a loopback stub
/// through the real SDK pipeline (app-only token from <see cref="AppToken"/>), and the on-behalf-of seam faked
/// ("delegated-token-{object id}"; Adele's exchange is refused). Every demo member has a calendar with one upcoming meeting
/// with a customer of <see cref="CustomerDomain"/>; Pat is a guest.
/// </summary>
public sealed class DelegatedGraphHost : IAsyncLifetime
{
    public const string ClientId = "6e2c4b1a-3d5f-4a7b-9c8d-0e1f2a3b4c5d";
    public const string ApplicationIdUri = "api://crm.test/" + ClientId;
    public const string CustomerDomain = "delegated-customer.example";

    public LoopbackEntra Entra { get; private set; } = null!;

    public GraphStub Stub { get; private set; } = null!;

    public Mock<IOnBehalfOfTokenClient> Seam { get; } = new();

    internal CrmWebFactory Factory { get; private set; } = null!;

    public static string DelegatedToken(string userId) => $"delegated-token-{userId}";

    public static string MeetingSubject(string userId) => $"Customer review in the calendar of {userId}";

    public async Task InitializeAsync()
    {
        Entra = await LoopbackEntra.StartAsync();
        Stub = await GraphStub.StartAsync();
        AnswerForEveryone(Stub);
        Seam.Setup(c => c.ExchangeAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, string user, string _, CancellationToken _) => new DelegatedAccessToken(DelegatedToken(user), DateTimeOffset.UtcNow.AddHours(1)));
        Seam.Setup(c => c.ExchangeAsync(It.IsAny<string>(), DemoTenant.Adele.UserId, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("AADSTS65001: The user or administrator has not consented."));
        Seam.Setup(c => c.ForgetAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        Factory = new CrmWebFactory(
            new Dictionary<string, string?>
            {
                ["Entra:ClientId"] = ClientId,
                ["Entra:ApplicationIdUri"] = ApplicationIdUri,
                ["Entra:MetadataAddress"] = Entra.MetadataAddress,
                ["Graph:Mode"] = "Live",
                ["Graph:TenantId"] = DemoTenant.TenantId,
                ["Graph:ClientId"] = ClientId,
                ["Graph:ClientSecret"] = "not-used-by-the-fakes",
                ["Graph:BaseUrl"] = Stub.BaseUrl.AbsoluteUri,
                ["Graph:Delegated:Enabled"] = "true",
            },
            services =>
            {
                services.AddKeyedSingleton<TokenCredential>(GraphServiceCollectionExtensions.CredentialServiceKey, new AppToken());
                services.AddSingleton(Seam.Object);
            });
        Factory.CreateClient().Dispose();
    }

    /// <summary>The person's SSO token for the tab (audience: the Application ID URI).</summary>
    public string SsoToken(Caller person) =>
        Entra.Token(new EntraToken(person.TenantId, person.UserId, ApplicationIdUri) { Name = person.DisplayName });

    /// <summary>POST /tab/session with the SSO token (default: a fresh one of the person), as the tab's sign-in page does; the session cookie.</summary>
    public async Task<string> SignInAsync(Caller person, string? ssoToken = null)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/session", UriKind.Relative))
        {
            Content = new StringContent("""{"locale":"en-US"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ssoToken ?? SsoToken(person));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }

    /// <summary>A tab page as the browser gets it (server-rendered) with the session cookie.</summary>
    public async Task<string> PageAsync(string path, string cookie)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A new account of <paramref name="owner"/> whose website is <see cref="CustomerDomain"/>.</summary>
    internal async Task<Account> NewAccountAsync(Caller owner)
    {
        var created = await Factory.Services.GetRequiredService<AccountService>().CreateAsync(
            owner, new AccountInput($"Delegated Test {Guid.NewGuid():N}", Industry: "Testing", Segment: "Enterprise", Website: $"https://{CustomerDomain}"), allowSimilarName: true);
        Assert.True(created.IsSuccess, created.Error?.Code);
        return created.Value!;
    }

    /// <summary>Direct (not batched) calendar reads of this person's mailbox: the delegated ones.</summary>
    public IReadOnlyList<RecordedRequest> DirectCalendarReads(Caller person) =>
        [.. Stub.RoundTrips.Where(r => r.Path == $"/v1.0/users/{person.UserId}/calendarView")];

    /// <summary>Calendar steps of the app's batches for this person's mailbox.</summary>
    public IReadOnlyList<RecordedRequest> BatchedCalendarReads(Caller person) =>
        [.. Stub.Requests.Where(r => r.InBatch && r.Path == $"/v1.0/users/{person.UserId}/calendarView")];

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Stub.DisposeAsync();
        await Entra.DisposeAsync();
    }

    private static void AnswerForEveryone(GraphStub stub)
    {
        foreach (var person in DemoTenant.Everyone)
        {
            var id = person.UserId;
            var mail = $"{person.DisplayName.Split(' ')[0].ToLowerInvariant()}@teamscrm.example";
            var user = person.IsGuest
                ? GraphPayloads.User(id, person.DisplayName, "pat.reyes@fabrikampartners.example", "pat.reyes_fabrikampartners.example#EXT#@teamscrm.example", userType: "Guest", externalUserState: "Accepted")
                : GraphPayloads.User(id, person.DisplayName, mail, mail, "Account Manager", "Sales");
            stub.On($"/users/{id}", StubResponse.Ok(GraphPayloads.Entity(user)));
            stub.On($"/users/{id}/manager", StubResponse.NotFound(id));
            stub.On($"/users/{id}/photos/64x64", StubResponse.NoPhoto());
            stub.On($"/users/{id}/calendarView", StubResponse.Ok(CalendarPage(id, null, Event(
                $"meeting-{id}", MeetingSubject(id), DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(10), TimeSpan.FromHours(1), (person.DisplayName, mail), ("Sam Customer", $"sam@{CustomerDomain}")))));
        }

        stub.On("/communications/getPresencesByUserId", StubResponse.Ok(Presences([.. DemoTenant.Members.Select(p => (p.UserId, "Available", "Available"))])));
    }

    /// <summary>The app's own (app-only) token: fixed, nothing contacts Entra ID.</summary>
    public sealed class AppToken : TokenCredential
    {
        public const string Value = "app-only-token";

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(Value, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
