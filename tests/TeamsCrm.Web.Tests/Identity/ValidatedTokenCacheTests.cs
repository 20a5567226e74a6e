using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Tests.Identity;

/// <summary>
/// A token validated once is answered from memory for the same check only: the same audiences and issuers, a signing
/// key still published, before its expiry and within <see cref="ValidatedTokenCache.Lifetime"/>; invalid tokens are never kept.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private const string Audience = "api://crm.test/app";
    private const string Issuer = "https://login.example/tenant/v2.0";
    private static readonly SymmetricSecurityKey Key = NewKey("key-1");

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly CountingTokenHandler _inner = new();
    private readonly ValidatedTokenCache _cache;
    private readonly CachingTokenHandler _handler;

    public ValidatedTokenCacheTests()
    {
        _cache = new ValidatedTokenCache(_time);
        _handler = new CachingTokenHandler(_inner, _cache);
    }

    [Fact]
    public async Task ValidateTokenAsync_SameTokenAgain_ChecksOnceAndGivesEachRequestItsOwnClaims()
    {
        var token = NewToken();

        var first = await _handler.ValidateTokenAsync(token, Parameters());
        var second = await _handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Checks);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("user-1", second.ClaimsIdentity.FindFirst("oid")?.Value);
    }

    [Fact]
    public async Task ValidateTokenAsync_TokenCachedForOneAudience_IsCheckedInFullAndRefusedForAnother()
    {
        var token = NewToken();
        Assert.True((await _handler.ValidateTokenAsync(token, Parameters())).IsValid);

        var other = await _handler.ValidateTokenAsync(token, Parameters(audience: "api://someone-else/app"));

        Assert.False(other.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(other.Exception);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task ValidateTokenAsync_AfterTheLifetime_ChecksInFullAgain()
    {
        var token = NewToken();
        await _handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(ValidatedTokenCache.Lifetime - TimeSpan.FromSeconds(1));
        await _handler.ValidateTokenAsync(token, Parameters());
        var checksWithinLifetime = _inner.Checks;
        _time.Advance(TimeSpan.FromSeconds(1));
        await _handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(1, checksWithinLifetime);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task ValidateTokenAsync_TokenExpiringBeforeTheLifetime_IsNotAnsweredPastItsExpiry()
    {
        var token = NewToken(lifetime: TimeSpan.FromMinutes(2));
        await _handler.ValidateTokenAsync(token, Parameters());

        _time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await _handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task ValidateTokenAsync_SigningKeyNoLongerPublished_ChecksInFullAndRefuses()
    {
        var token = NewToken();
        await _handler.ValidateTokenAsync(token, Parameters());

        var afterRollover = await _handler.ValidateTokenAsync(token, Parameters(keys: [NewKey("key-2")]));

        Assert.False(afterRollover.IsValid);
        Assert.Equal(2, _inner.Checks);
    }

    [Fact]
    public async Task ValidateTokenAsync_InvalidToken_IsNeverKept()
    {
        var token = NewToken(audience: "api://someone-else/app");

        await _handler.ValidateTokenAsync(token, Parameters());
        var again = await _handler.ValidateTokenAsync(token, Parameters());

        Assert.False(again.IsValid);
        Assert.Equal(2, _inner.Checks);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task ValidateTokenAsync_MoreTokensThanTheCapacity_KeepsAtMostTheCapacity()
    {
        for (var i = 0; i <= ValidatedTokenCache.Capacity; i++)
        {
            await _handler.ValidateTokenAsync(NewToken(subject: "user-" + i), Parameters());
        }

        Assert.InRange(_cache.Count, 1, ValidatedTokenCache.Capacity);
    }

    private static SymmetricSecurityKey NewKey(string id) => new(RandomNumberGenerator.GetBytes(32)) { KeyId = id };

    private string NewToken(string audience = Audience, TimeSpan? lifetime = null, string subject = "user-1")
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            Subject = new ClaimsIdentity([new Claim("oid", subject), new Claim("tid", "tenant")]),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    private static TokenValidationParameters Parameters(string audience = Audience, IEnumerable<SecurityKey>? keys = null) => new()
    {
        ValidAudience = audience,
        ValidIssuer = Issuer,
        IssuerSigningKeys = keys ?? [Key],
        ValidateLifetime = true,
        RequireExpirationTime = true,
    };
}
