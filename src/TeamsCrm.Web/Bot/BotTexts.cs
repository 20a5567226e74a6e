using System.Globalization;
using System.Resources;

namespace TeamsCrm.Web.Bot;

/// <summary>The bot's texts from Resources/BotTexts(.de).resx: German for any de-* locale, English otherwise.</summary>
internal static class BotTexts
{
    private static readonly ResourceManager Resources = new("TeamsCrm.Web.Bot.Resources.BotTexts", typeof(BotTexts).Assembly);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture for a Teams locale such as "de-DE", "de-AT", "en-US" or null.</summary>
    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && (locale.Equals("de", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("de-", StringComparison.OrdinalIgnoreCase))
            ? German
            : English;

    public static string Get(string name, string? locale) =>
        Resources.GetString(name, CultureFor(locale)) ?? throw new InvalidOperationException($"Missing bot text '{name}'.");
}
