using System.Globalization;

namespace TeamsCrm.Web.Tab.Localization;

/// <summary>The tab's languages: German for any de-* locale, English for everything else.</summary>
public static class TabCultures
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo German { get; } = CultureInfo.GetCultureInfo("de");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [English, German];

    /// <summary>A locale as Teams sends it ("de-DE", "en-us") made safe to keep, or null when it is not a locale name.</summary>
    public static string? Normalize(string? locale)
    {
        if (locale is not { Length: > 1 and <= 35 } || !locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale).Name is { Length: > 0 } name ? name : null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The tab's culture for a locale.</summary>
    public static CultureInfo For(string? locale) =>
        locale is not null && (locale.Equals("de", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("de-", StringComparison.OrdinalIgnoreCase))
            ? German
            : English;
}
