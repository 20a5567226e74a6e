using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.Signing;

namespace TeamsCrm.Web.Tests.Signing;

/// <summary>The one signing helper of the photo and chart links: HMAC-SHA256 over the parts and the expiry, day-aligned expiries, key rotation.</summary>
public sealed class LinkSignerTests
{
    private static readonly string Key = new('k', 32);
    private static readonly DateTimeOffset Morning = new(2026, 12, 4, 0, 30, 0, TimeSpan.Zero);

    private static LinkSigner Signer(TimeProvider time, string key = "", string? previous = null, string baseUrl = "https://crm.example/") =>
        new(new AppOptions { PublicBaseUrl = new Uri(baseUrl), PhotoLinkKey = key.Length == 0 ? Key : key, PreviousPhotoLinkKey = previous }, time);

    private static (string Exp, string Sig) Query(Uri link)
    {
        var query = HttpUtility.ParseQueryString(link.Query);
        return (query["exp"]!, query["sig"]!);
    }

    [Fact]
    public void Link_PartsAndExpiry_HmacSha256OfThePartsAndExpiryBase64Url()
    {
        var signer = Signer(new FakeTimeProvider(Morning));
        var expires = signer.ExpiryAfter(TimeSpan.FromDays(2));

        var link = signer.Link("api/people/t/u/photo", expires, "T", "U");

        var expected = Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), Encoding.UTF8.GetBytes($"T|U|{expires}")));
        Assert.Equal($"https://crm.example/api/people/t/u/photo?exp={expires}&sig={expected}", link.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), expires);
    }

    [Fact]
    public void Link_PathWithQueryAndBaseWithPath_AppendedBelowTheBase()
    {
        var signer = Signer(new FakeTimeProvider(Morning), baseUrl: "https://host.example/crm");

        var link = signer.Link("api/chart?d=1-2", 100, "x");

        Assert.StartsWith("https://host.example/crm/api/chart?d=1-2&exp=100&sig=", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValid_UntilTheExpiry_ThenNot()
    {
        var time = new FakeTimeProvider(Morning);
        var signer = Signer(time);
        var (exp, sig) = Query(signer.Link("p", signer.ExpiryAfter(TimeSpan.FromDays(1)), "a", "b"));

        var beforeMidnight = signer.IsValid(exp, sig, "a", "b");
        time.Advance(TimeSpan.FromHours(23.5));
        var atMidnight = signer.IsValid(exp, sig, "a", "b");

        Assert.True(beforeMidnight);
        Assert.False(atMidnight);
    }

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("soon", "sig")]
    [InlineData("-5", "sig")]
    [InlineData("exp", null)]
    [InlineData("exp", "")]
    [InlineData("exp", "tampered")]
    [InlineData("later", "sig")]
    public void IsValid_MissingMalformedTamperedOrMovedExpiry_False(string? exp, string? sig)
    {
        var signer = Signer(new FakeTimeProvider(Morning));
        var expires = signer.ExpiryAfter(TimeSpan.FromDays(1));
        var (realExp, realSig) = Query(signer.Link("p", expires, "a", "b"));

        var givenExp = exp switch { "exp" => realExp, "later" => (expires + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => exp };
        var givenSig = sig switch { "sig" => realSig, "tampered" => (realSig[0] == 'A' ? 'B' : 'A') + realSig[1..], _ => sig };

        Assert.True(signer.IsValid(realExp, realSig, "a", "b"));
        Assert.False(signer.IsValid(givenExp, givenSig, "a", "b"));
    }

    [Fact]
    public void IsValid_OtherPartsSeparatorInAPartOrOtherKey_False()
    {
        var signer = Signer(new FakeTimeProvider(Morning));
        var (exp, sig) = Query(signer.Link("p", signer.ExpiryAfter(TimeSpan.FromDays(1)), "a", "b"));

        Assert.False(signer.IsValid(exp, sig, "a", "c"));
        Assert.False(signer.IsValid(exp, sig, "a|b"));
        Assert.Throws<ArgumentException>(() => signer.Link("p", 100, "a|b"));
        Assert.False(signer.IsValid(exp, sig, "chart", "a", "b"));
        Assert.False(Signer(new FakeTimeProvider(Morning), key: new string('n', 32)).IsValid(exp, sig, "a", "b"));
    }

    [Fact]
    public void IsValid_KeyRotated_PreviousKeysLinksStillValidOnlyWithPreviousKeySet()
    {
        var time = new FakeTimeProvider(Morning);
        var (oldKey, newKey) = (new string('o', 32), new string('n', 32));
        var (exp, sig) = Query(Signer(time, oldKey).Link("p", Signer(time, oldKey).ExpiryAfter(TimeSpan.FromDays(1)), "a"));

        Assert.True(Signer(time, newKey, previous: oldKey).IsValid(exp, sig, "a"));
        Assert.False(Signer(time, newKey).IsValid(exp, sig, "a"));
    }
}
