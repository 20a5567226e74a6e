namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// The viewer's language and time zone for one card. German for any de-* locale, English otherwise;
/// dates, times and money are formatted in <see cref="Culture"/> and times shown in <see cref="TimeZone"/>.
/// </summary>
public sealed record CardContext(CultureInfo Culture, TimeZoneInfo TimeZone)
{
    public static CardContext English { get; } = new(CultureInfo.GetCultureInfo("en-US"), TimeZoneInfo.Utc);

    public static CardContext German { get; } = new(CultureInfo.GetCultureInfo("de-DE"), TimeZoneInfo.Utc);

    public bool IsGerman => Culture.TwoLetterISOLanguageName == "de";

    /// <summary>The context for an activity's locale (e.g. "de-AT", "en-GB", null) and the client's time zone, if known.</summary>
    public static CardContext ForLocale(string? locale, TimeZoneInfo? timeZone = null)
    {
        var zone = timeZone ?? TimeZoneInfo.Utc;
        var culture = TryCulture(locale);
        return culture?.TwoLetterISOLanguageName switch
        {
            "de" => new CardContext(culture, zone),
            "en" => new CardContext(culture, zone),
            _ when locale is not null && locale.StartsWith("de", StringComparison.OrdinalIgnoreCase) => German with { TimeZone = zone },
            _ => English with { TimeZone = zone },
        };
    }

    private static CultureInfo? TryCulture(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(locale.Trim());
            return culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(culture.Name) : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
