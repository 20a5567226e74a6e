namespace TeamsCrm.Conversation.Tests.Cards;

public sealed class CardFormatTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("de-DE", "EUR", "1.234,50 €")]
    [InlineData("en-US", "EUR", "€1,234.50")]
    [InlineData("en-US", "USD", "$1,234.50")]
    [InlineData("de-DE", "USD", "1.234,50 $")]
    [InlineData("en-US", "CHF", "CHF 1,234.50")]
    [InlineData("de-DE", "CHF", "1.234,50 CHF")]
    public void Money_Culture_FormatsAsUsersExpect(string culture, string currency, string expected)
    {
        var text = CardFormat.Money(1234.5m, currency, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text.Replace('\u00A0', ' ').Replace('\u202F', ' '));
    }

    [Fact]
    public void Date_Culture_UsesCultureOrder()
    {
        var date = new DateOnly(2026, 5, 31);

        Assert.Equal("31.05.2026", CardFormat.Date(date, German));
        Assert.Equal("5/31/2026", CardFormat.Date(date, English));
    }

    [Fact]
    public void DateTime_ViewerTimeZone_ConvertsAndOmitsUtcMarker()
    {
        var moment = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.Equal("02.03.2026 10:30", CardFormat.DateTime(moment, new CardContext(German, berlin)));
        Assert.Equal("02.03.2026 09:30 UTC", CardFormat.DateTime(moment, CardContext.German));
        Assert.StartsWith("3/2/2026 9:30", CardFormat.DateTime(moment, CardContext.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GermanCustomerCard_ShowsGermanMoneyAndDates()
    {
        var text = CardJson.AllText(CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.German)).Replace('\u00A0', ' ');

        Assert.Contains("1.234,50 €", text, StringComparison.Ordinal);
        Assert.Contains("250.000,00 €", text, StringComparison.Ordinal);
        Assert.Contains("31.05.2026", text, StringComparison.Ordinal);
        Assert.Contains("73 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EnglishCustomerCard_ShowsEnglishMoneyAndDates()
    {
        var text = CardJson.AllText(CustomerCardBuilder.Build(CardCatalogue.CardFor(CardSamples.Member), CardContext.English));

        Assert.Contains("€1,234.50", text, StringComparison.Ordinal);
        Assert.Contains("€250,000.00", text, StringComparison.Ordinal);
        Assert.Contains("5/31/2026", text, StringComparison.Ordinal);
        Assert.Contains("73%", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE", true, "de-DE")]
    [InlineData("de-at", true, "de-AT")]
    [InlineData("de", true, "de-DE")]
    [InlineData("de_DE", true, null)]
    [InlineData("en-GB", false, "en-GB")]
    [InlineData("fr-FR", false, "en-US")]
    [InlineData("", false, "en-US")]
    [InlineData(null, false, "en-US")]
    public void ForLocale_AnyLocale_GermanOnlyForDe(string? locale, bool german, string? culture)
    {
        var context = CardContext.ForLocale(locale);

        Assert.Equal(german, context.IsGerman);
        if (culture is not null)
        {
            Assert.Equal(culture, context.Culture.Name);
        }
    }

    [Fact]
    public void DateTime_UtcZoneFromSystem_IsMarkedUtc()
    {
        var utc = TimeZoneInfo.FindSystemTimeZoneById("Etc/UTC");

        Assert.EndsWith(" UTC", CardFormat.DateTime(DateTimeOffset.UnixEpoch, new CardContext(German, utc)), StringComparison.Ordinal);
    }

    [Fact]
    public void Clip_LongText_EndsWithEllipsisWithinLimit()
    {
        var clipped = CardFormat.Clip(new string('x', 500), 100);

        Assert.Equal(100, clipped.Length);
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
        Assert.Equal("short", CardFormat.Clip(" short ", 100));
    }
}
