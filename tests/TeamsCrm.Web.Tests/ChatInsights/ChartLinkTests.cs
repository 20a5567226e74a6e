using System.Globalization;
using SkiaSharp;
using TeamsCrm.Conversation.Insights;
using TeamsCrm.Web.ChatInsights;
using TeamsCrm.Web.Hosting;

namespace TeamsCrm.Web.Tests.ChatInsights;

/// <summary>
/// The insights cards' chart images: served as PNG only through a signed, unexpired link made for one tenant, user, kind
/// and set of figures; anything changed in the link, an expired link or another tenant's path answers 404.
/// </summary>
public sealed class ChartLinkTests
{
    private static readonly string Tenant = DemoTenant.TenantId;

    private static readonly InsightsChart TwoCurrencies = new("pipeline",
    [
        [new ChartBar(100, 300), new ChartBar(0, 0), new ChartBar(50, 50), new ChartBar(400, 0)],
        [new ChartBar(10, 10), new ChartBar(20, 0), new ChartBar(0, 5), new ChartBar(0, 0)],
    ]);

    [Fact]
    public async Task ChartEndpoint_SignedLink_PngOfTheRightSizeWithTheBars()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var link = factory.Services.GetRequiredService<IInsightsChartLinks>().ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies)!;

        using var response = await client.GetAsync(link.PathAndQuery);
        var png = await response.Content.ReadAsByteArrayAsync();
        using var bitmap = SKBitmap.Decode(png);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.NotNull(bitmap);
        Assert.Equal(ChartRenderer.Width, bitmap.Width);
        Assert.Equal((ChartRenderer.Padding * 2) + (2 * ChartRenderer.RowHeight), bitmap.Height);
        Assert.Equal(SKColors.Transparent.Alpha, bitmap.GetPixel(2, 2).Alpha);
        // The fourth bar of the first row is the row's tallest and all solid: brand colour just above the baseline.
        var slot = (ChartRenderer.Width - (ChartRenderer.Padding * 2f)) / 4;
        var fourthBar = bitmap.GetPixel((int)(ChartRenderer.Padding + (3.5f * slot)), ChartRenderer.Padding + ChartRenderer.RowHeight - 20);
        Assert.Equal(new SKColor(0x5B, 0x5F, 0xC7), fourthBar);
        // The second bar is zero: nothing drawn there.
        Assert.Equal(0, bitmap.GetPixel((int)(ChartRenderer.Padding + (1.5f * slot)), ChartRenderer.Padding + ChartRenderer.RowHeight - 20).Alpha);
    }

    [Fact]
    public async Task ChartEndpoint_TamperedLinks_NotFound()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var links = factory.Services.GetRequiredService<IInsightsChartLinks>();
        var megan = links.ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies)!;
        var query = System.Web.HttpUtility.ParseQueryString(megan.Query);
        var (d, exp, sig) = (query["d"]!, query["exp"]!, query["sig"]!);
        var tampered = (sig[0] == 'A' ? 'B' : 'A') + sig[1..];
        var path = megan.AbsolutePath;
        var otherTenant = Guid.NewGuid().ToString();

        string[] attempts =
        [
            path,
            $"{path}?d={d}&exp={exp}",
            $"{path}?d={d}&exp={exp}&sig={tampered}",
            $"{path}?d={d.Replace("400-0", "900-0", StringComparison.Ordinal)}&exp={exp}&sig={sig}",
            $"{path}?d={d}&exp={long.Parse(exp, CultureInfo.InvariantCulture) + 86400}&sig={sig}",
            $"{path}?d={d}&exp=soon&sig={sig}",
            $"{path.Replace(DemoTenant.Megan.UserId, DemoTenant.Lukas.UserId, StringComparison.Ordinal)}{megan.Query}",
            $"{path.Replace(Tenant, otherTenant, StringComparison.Ordinal)}{megan.Query}",
            $"{path.Replace("/pipeline", "/forecast", StringComparison.Ordinal)}{megan.Query}",
            $"{path.Replace("/pipeline", "/secrets", StringComparison.Ordinal)}{megan.Query}",
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
    public async Task ChartEndpoint_LinkOfAnotherTenant_ServesOnlyThatTenantsPath()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var otherTenant = Guid.NewGuid().ToString();
        var theirs = factory.Services.GetRequiredService<IInsightsChartLinks>().ChartUrl(otherTenant, DemoTenant.Megan.UserId, TwoCurrencies)!;

        using var asSigned = await client.GetAsync(theirs.PathAndQuery);
        using var movedToOurs = await client.GetAsync(theirs.PathAndQuery.Replace(otherTenant, Tenant, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, asSigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, movedToOurs.StatusCode);
    }

    [Fact]
    public async Task ChartEndpoint_ExpiredLink_NotFound()
    {
        await using var factory = new CrmWebFactory();
        using var client = factory.CreateClient();
        var options = factory.Services.GetRequiredService<IOptions<AppOptions>>();
        var nineDaysAgo = new SignedChartLinks(options, new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-9))).ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies)!;
        var today = new SignedChartLinks(options, new FakeTimeProvider(DateTimeOffset.UtcNow)).ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies)!;

        using var old = await client.GetAsync(nineDaysAgo.PathAndQuery);
        using var fresh = await client.GetAsync(today.PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public void ChartUrl_SameDay_SameLinkValidForSevenToEightDays()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 0, 30, 0, TimeSpan.Zero));
        var links = new SignedChartLinks(Options.Create(new AppOptions { PublicBaseUrl = new Uri("https://crm.example/"), PhotoLinkKey = new string('k', 32) }), time);
        var morning = links.ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies)!;
        var query = System.Web.HttpUtility.ParseQueryString(morning.Query);

        time.Advance(TimeSpan.FromHours(23));
        var evening = links.ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies);
        time.Advance(TimeSpan.FromDays(7));
        var validAfterSevenDays = links.IsValid(Tenant, DemoTenant.Megan.UserId, "pipeline", query["d"], query["exp"], query["sig"]);
        time.Advance(TimeSpan.FromHours(2));
        var validAfterEightDays = links.IsValid(Tenant, DemoTenant.Megan.UserId, "pipeline", query["d"], query["exp"], query["sig"]);

        Assert.Equal(morning, evening);
        Assert.StartsWith($"https://crm.example/api/chat-insights/{Tenant}/{DemoTenant.Megan.UserId}/pipeline?d=100-300~0-0~50-50~400-0_10-10~20-0~0-5~0-0&exp=", morning.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(validAfterSevenDays);
        Assert.False(validAfterEightDays);
    }

    [Fact]
    public void ChartUrl_EmptyChartOrUnknownKind_NoLink()
    {
        var links = new SignedChartLinks(Options.Create(new AppOptions { PhotoLinkKey = new string('k', 32) }), TimeProvider.System);

        Assert.Null(links.ChartUrl(Tenant, DemoTenant.Megan.UserId, new InsightsChart("pipeline", [[new ChartBar(0, 0)]])));
        Assert.Null(links.ChartUrl(Tenant, DemoTenant.Megan.UserId, new InsightsChart("pipeline", [])));
        Assert.Null(links.ChartUrl(Tenant, DemoTenant.Megan.UserId, TwoCurrencies with { Kind = "other" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1-2~3")]
    [InlineData("1-2-3")]
    [InlineData("-1-2")]
    [InlineData("1.5-2")]
    [InlineData("1-2_3-4_5-6_7-8_9-10")]
    [InlineData("1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2~1-2")]
    [InlineData("99999999999999999999-1")]
    public void TryDecode_MalformedFigures_Refused(string code)
    {
        Assert.False(ChartCode.TryDecode("pipeline", code, out _));
    }

    [Fact]
    public void TryDecode_WhatEncodeWrites_SameChart()
    {
        Assert.True(ChartCode.TryDecode("pipeline", ChartCode.Encode(TwoCurrencies), out var decoded));

        Assert.Equal(TwoCurrencies.Rows.Select(r => r.ToArray()), decoded.Rows.Select(r => r.ToArray()));
    }
}
