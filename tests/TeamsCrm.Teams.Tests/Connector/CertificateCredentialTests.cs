using System.Security.Cryptography.X509Certificates;

namespace TeamsCrm.Teams.Tests.Connector;

/// <summary>Client credentials with a certificate instead of a secret: a signed client assertion for the token endpoint.</summary>
public sealed class CertificateCredentialTests : IAsyncLifetime
{
    private FakeConnectorServer _fake = null!;
    private string _pfx = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeConnectorServer.StartAsync();
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=teamscrm-bot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _pfx = Path.Combine(Path.GetTempPath(), $"teamscrm-bot-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(_pfx, certificate.Export(X509ContentType.Pfx, "pw"));
    }

    public async Task DisposeAsync()
    {
        File.Delete(_pfx);
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetTokenAsync_Certificate_SendsAssertionSignedForTokenEndpoint()
    {
        var options = new BotOptions
        {
            AppId = TestTokens.AppId,
            TenantId = TestTokens.TenantId,
            CertificatePath = _pfx,
            CertificatePassword = "pw",
            Authority = _fake.Authority,
        };
        using var provider = new ClientCredentialsTokenProvider(Options.Create(options), new SimpleHttpClientFactory(), new FakeTimeProvider(DateTimeOffset.UtcNow));

        Assert.Equal("tok-1", await provider.GetTokenAsync());

        var form = Assert.Single(_fake.TokenForms);
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(_pfx, "pw");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
        {
            ValidIssuer = options.AppId,
            ValidAudience = provider.TokenEndpoint.ToString(),
            IssuerSigningKey = new X509SecurityKey(certificate),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(options.AppId, result.ClaimsIdentity.FindFirst("sub")?.Value);
    }
}
