using System.Resources;
using TeamsCrm.Analytics.Customers;

namespace TeamsCrm.Analytics.Texts;

/// <summary>
/// Every word the analytics hand to people, in English and German (AnalyticsTexts.resx, AnalyticsTexts.de.resx):
/// segment names, stage and channel names, score factor phrases and channel evidence.
/// </summary>
public static class AnalyticsTexts
{
    private static readonly ResourceManager Resources = new("TeamsCrm.Analytics.Texts.AnalyticsTexts", typeof(AnalyticsTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No analytics text '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    public static string Segment(RfmSegment segment, CultureInfo culture) => Get($"Segment.{segment}", culture);

    public static string Stage(DealStage stage, CultureInfo culture) => Get($"Stage.{stage}", culture);

    public static string Channel(InteractionChannel channel, CultureInfo culture) => Get($"Channel.{channel}", culture);

    /// <summary>"3 h" under two days, else "4.5 days" (German "4,5 Tage").</summary>
    public static string Duration(TimeSpan span, CultureInfo culture) => span.TotalHours < 48
        ? Format("Duration.Hours", culture, span.TotalHours)
        : Format("Duration.Days", culture, span.TotalDays);

    /// <summary>A signed change in percentage points: "+12 %", "−8 %".</summary>
    /// <summary>"1,240 EUR, 4,000 USD": amounts per currency, never added, in the reader's number format.</summary>
    public static string Money(CurrencyAmounts amounts, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.IsEmpty ? Get("Money.None", culture) : string.Join(", ", amounts.Entries().Select(a => string.Create(culture, $"{a.Amount:N0} {a.Currency}")));
    }

    public static string Percent(double points, CultureInfo culture) => Format("Factor.Percent", culture, Math.Round(points));
}
