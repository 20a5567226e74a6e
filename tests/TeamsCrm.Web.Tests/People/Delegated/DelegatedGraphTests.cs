using TeamsCrm.Core.Workspace;
using TeamsCrm.Graph.Delegated;

namespace TeamsCrm.Web.Tests.People.Delegated;

/// <summary>
/// Delegated Graph end to end in the real app: the tab's sign-in exchanges the SSO token on behalf of a member, and the
/// tab's later Graph reads of the viewer's own calendar carry the viewer's delegated token, while the account owner's
/// calendar is read as the app; a guest's token is never exchanged; a refused exchange leaves everything app-only.
/// </summary>
public sealed class DelegatedGraphTests(DelegatedGraphHost host) : IClassFixture<DelegatedGraphHost>
{
    [Fact]
    public async Task PostSession_Member_ExchangesTheirSsoTokenOnTheirBehalf()
    {
        var token = host.SsoToken(DemoTenant.Johanna);

        var cookie = await host.SignInAsync(DemoTenant.Johanna, token);

        host.Seam.Verify(c => c.ExchangeAsync(DemoTenant.TenantId, DemoTenant.Johanna.UserId, token, It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(host.Factory.Services.GetRequiredService<DelegatedGraphSessions>().Has(DemoTenant.TenantId, DemoTenant.Johanna.UserId));
        Assert.DoesNotContain(DelegatedGraphHost.DelegatedToken(DemoTenant.Johanna.UserId), cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyCrm_SignedInMember_OwnCalendarReadWithTheirDelegatedToken()
    {
        await host.NewAccountAsync(DemoTenant.Megan);
        var cookie = await host.SignInAsync(DemoTenant.Megan);

        var page = await host.PageAsync("/tab/me", cookie);

        Assert.Contains(DelegatedGraphHost.MeetingSubject(DemoTenant.Megan.UserId), page, StringComparison.Ordinal);
        var read = Assert.Single(host.DirectCalendarReads(DemoTenant.Megan));
        Assert.Equal($"Bearer {DelegatedGraphHost.DelegatedToken(DemoTenant.Megan.UserId)}", read.Authorization);
        Assert.Empty(host.BatchedCalendarReads(DemoTenant.Megan));
        Assert.DoesNotContain(DelegatedGraphHost.DelegatedToken(DemoTenant.Megan.UserId), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleContext_ViewerIsNotTheOwner_TheirCalendarDelegatedTheOwnersAsTheApp()
    {
        var account = await host.NewAccountAsync(DemoTenant.Alex);
        await host.SignInAsync(DemoTenant.Lukas);

        var context = await host.Factory.Services.GetRequiredService<WorkspaceService>().PeopleContextAsync(DemoTenant.Lukas, account.Id);

        Assert.True(context.IsSuccess);
        Assert.Equal($"Bearer {DelegatedGraphHost.DelegatedToken(DemoTenant.Lukas.UserId)}", Assert.Single(host.DirectCalendarReads(DemoTenant.Lukas)).Authorization);
        Assert.Empty(host.DirectCalendarReads(DemoTenant.Alex));
        Assert.NotEmpty(host.BatchedCalendarReads(DemoTenant.Alex));
        Assert.All(
            host.Stub.RoundTrips.Where(r => r.Path == "/v1.0/$batch"),
            batch => Assert.Equal($"Bearer {DelegatedGraphHost.AppToken.Value}", batch.Authorization));
    }

    [Fact]
    public async Task PostSession_Guest_NeverExchangedNorDelegated()
    {
        var cookie = await host.SignInAsync(DemoTenant.Pat);
        await host.PageAsync("/tab/me", cookie);

        host.Seam.Verify(c => c.ExchangeAsync(It.IsAny<string>(), DemoTenant.Pat.UserId, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.False(host.Factory.Services.GetRequiredService<DelegatedGraphSessions>().Has(DemoTenant.TenantId, DemoTenant.Pat.UserId));
        Assert.Empty(host.DirectCalendarReads(DemoTenant.Pat));
        Assert.Empty(host.BatchedCalendarReads(DemoTenant.Pat));
    }

    [Fact]
    public async Task PostSession_ExchangeRefused_SignsInAndReadsTheCalendarAsTheApp()
    {
        await host.NewAccountAsync(DemoTenant.Adele);

        var cookie = await host.SignInAsync(DemoTenant.Adele);
        var page = await host.PageAsync("/tab/me", cookie);

        Assert.False(host.Factory.Services.GetRequiredService<DelegatedGraphSessions>().Has(DemoTenant.TenantId, DemoTenant.Adele.UserId));
        Assert.Contains(DelegatedGraphHost.MeetingSubject(DemoTenant.Adele.UserId), page, StringComparison.Ordinal);
        Assert.Empty(host.DirectCalendarReads(DemoTenant.Adele));
        Assert.NotEmpty(host.BatchedCalendarReads(DemoTenant.Adele));
    }

    [Fact]
    public async Task PostSignOut_EndsTheDelegatedSession()
    {
        var cookie = await host.SignInAsync(DemoTenant.Alex);
        var sessions = host.Factory.Services.GetRequiredService<DelegatedGraphSessions>();
        Assert.True(sessions.Has(DemoTenant.TenantId, DemoTenant.Alex.UserId));

        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/tab/sign-out", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(sessions.Has(DemoTenant.TenantId, DemoTenant.Alex.UserId));
        host.Seam.Verify(c => c.ForgetAsync(DemoTenant.TenantId, DemoTenant.Alex.UserId, It.IsAny<CancellationToken>()), Times.Once);
    }
}
