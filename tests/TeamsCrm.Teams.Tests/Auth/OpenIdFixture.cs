namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>One loopback OpenID/JWKS server for the auth tests of a class.</summary>
public sealed class OpenIdFixture : IAsyncLifetime
{
    internal OpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await OpenIdServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
