using Microsoft.Net.Http.Headers;
using TeamsCrm.Web.Hosting;
using TeamsCrm.Web.People;

namespace TeamsCrm.Web.Tests.People;

/// <summary>The photo endpoint serves only through signed, unexpired links (the links the customer card carries).</summary>
public sealed class PhotoLinkTests
{
    private static readonly string Tenant = DemoTenant.TenantId;

    [Fact]
    public async Task PhotoEndpoint_SignedLink_PhotoWithETagThen304()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var link = factory.Services.GetRequiredService<SignedPhotoLinks>().PhotoUrl(Tenant, DemoTenant.Megan.UserId);

        using var photo = await client.GetAsync(link.PathAndQuery);
        using var again = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery);
        again.Headers.TryAddWithoutValidation(HeaderNames.IfNoneMatch, photo.Headers.ETag?.ToString());
        using var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(photo.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(new Uri("http://localhost:3978/"), new Uri(link.GetLeftPart(UriPartial.Authority) + "/"));
    }

    [Fact]
    public async Task PhotoEndpoint_MissingWrongOrOtherPersonsSignature_NotFound()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var links = factory.Services.GetRequiredService<SignedPhotoLinks>();
        var megan = links.PhotoUrl(Tenant, DemoTenant.Megan.UserId);
        var lukasPath = links.PhotoUrl(Tenant, DemoTenant.Lukas.UserId).AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(megan.Query);
        var sig = query["sig"]!;
        var tampered = (sig[0] == 'A' ? 'B' : 'A') + sig[1..];

        string[] attempts =
        [
            megan.AbsolutePath,
            $"{megan.AbsolutePath}?exp={query["exp"]}",
            $"{megan.AbsolutePath}?exp={query["exp"]}&sig={tampered}",
            $"{megan.AbsolutePath}?exp={long.Parse(query["exp"]!, System.Globalization.CultureInfo.InvariantCulture) + 86400}&sig={sig}",
            $"{megan.AbsolutePath}?exp=soon&sig={sig}",
            $"{lukasPath}{megan.Query}",
        ];
        foreach (var attempt in attempts)
        {
            using var response = await client.GetAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt}: {response.StatusCode}");
        }

        using var valid = await client.GetAsync(megan.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
    }

    [Fact]
    public async Task PhotoEndpoint_ExpiredSignature_NotFound()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var options = factory.Services.GetRequiredService<IOptions<AppOptions>>();
        var threeDaysAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-3));
        var expired = new SignedPhotoLinks(options, threeDaysAgo).PhotoUrl(Tenant, DemoTenant.Megan.UserId);
        var current = new SignedPhotoLinks(options, new FakeTimeProvider(DateTimeOffset.UtcNow)).PhotoUrl(Tenant, DemoTenant.Megan.UserId);

        using var old = await client.GetAsync(expired.PathAndQuery);
        using var fresh = await client.GetAsync(current.PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public void PhotoUrl_SameDay_SameLinkValidFor24To48Hours()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 0, 30, 0, TimeSpan.Zero));
        var links = new SignedPhotoLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/"), PhotoLinkKey = new string('k', 32) }), time);
        var morning = links.PhotoUrl(Tenant, DemoTenant.Megan.UserId);
        var query = System.Web.HttpUtility.ParseQueryString(morning.Query);

        time.Advance(TimeSpan.FromHours(23));
        var evening = links.PhotoUrl(Tenant, DemoTenant.Megan.UserId);
        var validEvening = links.IsValid(Tenant, DemoTenant.Megan.UserId, query["exp"], query["sig"]);
        time.Advance(TimeSpan.FromHours(24.5));
        var validAfter47Hours = links.IsValid(Tenant, DemoTenant.Megan.UserId, query["exp"], query["sig"]);

        Assert.Equal(morning, evening);
        Assert.StartsWith($"https://crm.example/api/people/{Tenant}/{DemoTenant.Megan.UserId}/photo?exp=", morning.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(validEvening);
        Assert.False(validAfter47Hours);
    }

    [Fact]
    public void IsValid_KeyRotated_OldLinksValidOnlyWithThePreviousKeyUntilTheyExpire()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var oldKey = new string('o', 32);
        var newKey = new string('n', 32);
        var before = new SignedPhotoLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/"), PhotoLinkKey = oldKey }), time);
        var query = System.Web.HttpUtility.ParseQueryString(before.PhotoUrl(Tenant, DemoTenant.Megan.UserId).Query);
        var rotated = new SignedPhotoLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/"), PhotoLinkKey = newKey, PreviousPhotoLinkKey = oldKey }), time);
        var rotatedWithoutPrevious = new SignedPhotoLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/"), PhotoLinkKey = newKey }), time);

        Assert.True(rotated.IsValid(Tenant, DemoTenant.Megan.UserId, query["exp"], query["sig"]));
        Assert.False(rotated.IsValid(Tenant, DemoTenant.Lukas.UserId, query["exp"], query["sig"]));
        Assert.False(rotatedWithoutPrevious.IsValid(Tenant, DemoTenant.Megan.UserId, query["exp"], query["sig"]));
        Assert.NotEqual(before.PhotoUrl(Tenant, DemoTenant.Megan.UserId), rotated.PhotoUrl(Tenant, DemoTenant.Megan.UserId)); // new links: the new key
        time.Advance(TimeSpan.FromHours(40));
        Assert.False(rotated.IsValid(Tenant, DemoTenant.Megan.UserId, query["exp"], query["sig"]));
    }

    [Fact]
    public void PhotoUrl_BaseUrlWithPath_LinkBelowIt()
    {
        var links = new SignedPhotoLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/teams"), PhotoLinkKey = new string('k', 32) }), TimeProvider.System);

        Assert.StartsWith($"https://crm.example/teams/api/people/{Tenant}/", links.PhotoUrl(Tenant, DemoTenant.Megan.UserId).AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("http://crm.example", "0123456789abcdef0123456789abcdef")]
    [InlineData("https://crm.example", "too-short")]
    public void Start_OutsideDevelopmentWithoutHttpsBaseUrlOrKey_RefusesToStart(string baseUrl, string key)
    {
        var validation = new AppOptionsValidation(new TestEnvironment(Environments.Production));

        var result = validation.Validate(null, new AppOptions { PublicBaseUrl = baseUrl.Length > 0 ? new Uri(baseUrl) : null, PhotoLinkKey = key });

        Assert.True(result.Failed);
        Assert.Contains("App:", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OutsideDevelopmentWithShortPreviousKey_RefusesToStart()
    {
        var validation = new AppOptionsValidation(new TestEnvironment(Environments.Production));

        var result = validation.Validate(null, new AppOptions { PublicBaseUrl = new Uri("https://crm.example"), PhotoLinkKey = new string('k', 32), PreviousPhotoLinkKey = "short" });

        Assert.True(result.Failed);
        Assert.Contains("App:PreviousPhotoLinkKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_OutsideDevelopmentWithHttpsBaseUrlAndKey_Starts()
    {
        var validation = new AppOptionsValidation(new TestEnvironment(Environments.Production));

        var result = validation.Validate(null, new AppOptions { PublicBaseUrl = new Uri("https://crm.example"), PhotoLinkKey = "0123456789abcdef0123456789abcdef" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Start_DevelopmentWithRelativeBaseUrl_RefusesToStart()
    {
        using var factory = new CrmWebFactory(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = "/relative" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("App:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "TeamsCrm.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
