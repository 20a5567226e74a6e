namespace TeamsCrm.Conversation.Cards;

/// <summary>Money, dates and times in the viewer's culture: "1.234,50 €" in German, "€1,234.50" in English.</summary>
internal static class CardFormat
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€",
        ["USD"] = "$",
        ["GBP"] = "£",
        ["JPY"] = "¥",
    };

    public static string Money(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        var code = string.IsNullOrWhiteSpace(currency) ? "EUR" : currency.Trim().ToUpperInvariant();
        if (Symbols.TryGetValue(code, out var symbol))
        {
            format.CurrencySymbol = symbol;
        }
        else
        {
            // A bare ISO code needs a space where a symbol would touch the number.
            format.CurrencySymbol = format.CurrencyPositivePattern switch
            {
                0 => code + "\u00A0",
                1 => "\u00A0" + code,
                _ => code,
            };
        }

        format.CurrencyDecimalDigits = code == "JPY" ? 0 : 2;
        return amount.ToString("C", format);
    }

    public static string Date(DateOnly date, CultureInfo culture) => date.ToString("d", culture);

    public static string Date(DateTimeOffset moment, CardContext context) =>
        TimeZoneInfo.ConvertTime(moment, context.TimeZone).ToString("d", context.Culture);

    /// <summary>Date and time in the viewer's time zone; "UTC" is added when the zone is unknown (UTC).</summary>
    public static string DateTime(DateTimeOffset moment, CardContext context)
    {
        var local = TimeZoneInfo.ConvertTime(moment, context.TimeZone).ToString("g", context.Culture);
        return context.TimeZone.HasSameRules(TimeZoneInfo.Utc) ? local + " UTC" : local;
    }

    public static string Percent(int value, CultureInfo culture) => (value / 100m).ToString("P0", culture);

    /// <summary>
    /// Cuts user text to <paramref name="max"/> characters (with an ellipsis) to keep cards small, and
    /// defuses "&lt;at&gt;" so typed text can never become a Teams mention.
    /// </summary>
    public static string Clip(string? text, int max)
    {
        var value = Defuse((text ?? string.Empty).Trim());
        return value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    /// <summary>"&lt;at&gt;" and "&lt;/at&gt;" in user text become "‹at›" and "‹/at›": shown, but never a mention.</summary>
    public static string Defuse(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "<(/?at)>", "‹$1›", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
