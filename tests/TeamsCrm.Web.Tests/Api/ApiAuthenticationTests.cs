using TeamsCrm.Web.Tests.Api.Support;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>Only a valid Entra token of the caller's own tenant, for this app, opens the API; everything else is 401 with a problem body.</summary>
[Collection(ApiTests.Name)]
public sealed class ApiAuthenticationTests(ApiHost host)
{
    public static TheoryData<string> BrokenTokens => new()
    {
        "expired",
        "not yet valid",
        "wrong audience",
        "another tenant's issuer",
        "issuer not of Entra",
        "bad signature",
        "no tenant id",
    };

    [Theory]
    [InlineData(ApiHost.ApplicationIdUri)]
    [InlineData(ApiHost.ClientId)]
    public async Task GetAccount_ValidTokenForEitherAudience_Returns200(string audience)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var client = host.ClientWith(host.TokenFor(DemoTenant.Megan, t => t with { Audience = audience }));

        var answer = await client.GetAsync($"/api/v1/accounts/{account.Id}");

        answer.Expect(HttpStatusCode.OK);
        Assert.Equal(account.Name, answer["name"]);
    }

    [Fact]
    public async Task GetAccount_NoToken_Returns401ProblemWithBearerChallenge()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        using var client = host.ClientWith(token: null, language: "de");

        var answer = await client.GetAsync($"/api/v1/accounts/{account.Id}");

        answer.ExpectProblem(HttpStatusCode.Unauthorized, "Api.Unauthorized");
        Assert.StartsWith("Bearer", answer.WwwAuthenticate, StringComparison.Ordinal);
        Assert.StartsWith("Melden Sie sich", answer["title"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrokenTokens))]
    public async Task GetAccount_BrokenToken_Returns401InvalidToken(string broken)
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var token = host.TokenFor(DemoTenant.Megan, t => broken switch
        {
            "expired" => t with { ValidFrom = DateTimeOffset.UtcNow.AddHours(-2), Lifetime = TimeSpan.FromMinutes(60) },
            "not yet valid" => t with { ValidFrom = DateTimeOffset.UtcNow.AddHours(1) },
            "wrong audience" => t with { Audience = "api://someone-else.example/" + Guid.NewGuid() },
            "another tenant's issuer" => t with { Issuer = host.Entra.IssuerOf(ApiHost.OtherTenantId) },
            "issuer not of Entra" => t with { Issuer = "https://issuer.example/" + DemoTenant.TenantId + "/v2.0" },
            "bad signature" => t with { ForgedSignature = true },
            "no tenant id" => t with { TenantId = "not-a-tenant", Issuer = host.Entra.IssuerOf("not-a-tenant") },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        });
        using var client = host.ClientWith(token);

        var answer = await client.GetAsync($"/api/v1/accounts/{account.Id}");

        answer.ExpectProblem(HttpStatusCode.Unauthorized, "Api.Unauthorized");
        Assert.Contains("invalid_token", answer.WwwAuthenticate, StringComparison.Ordinal);
        Assert.DoesNotContain(account.Name, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Someone of another tenant is unknown to that tenant's (offline) directory, so a guest in no organisation there:
    /// whatever they ask, the one answer that tells them to ask their contact, never whether this tenant's record exists.
    /// </summary>
    [Fact]
    public async Task GetAccount_ValidTokenOfAnotherTenant_SameAnswerAsForAMissingAccountNamingNoOneHere()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var stranger = new Caller(ApiHost.OtherTenantId, Guid.NewGuid().ToString(), "Someone Else", CallerRole.Member);
        using var client = host.ClientFor(stranger);

        var theirs = await client.GetAsync($"/api/v1/accounts/{account.Id}");
        var missing = await client.GetAsync($"/api/v1/accounts/{Guid.CreateVersion7():N}");

        theirs.ExpectProblem(HttpStatusCode.Forbidden, "Api.NoPartnerOrganization");
        Assert.Equal(missing.Text, theirs.Text);
        Assert.DoesNotContain(DemoTenant.Megan.DisplayName, theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(account.Name, theirs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccount_TabSessionCookieOnly_Returns401()
    {
        var account = await host.NewAccountAsync(DemoTenant.Megan);
        var cookie = await TabSessions.StartAsync(host, host.TokenFor(DemoTenant.Megan));
        using var client = host.ClientWith(token: null);
        client.Http.DefaultRequestHeaders.Add("Cookie", cookie);

        var answer = await client.GetAsync($"/api/v1/accounts/{account.Id}");

        answer.ExpectProblem(HttpStatusCode.Unauthorized, "Api.Unauthorized");
    }
}
