namespace TeamsCrm.Conversation.Turns;

/// <summary>Which language and time zone a card is written in: the turn's.</summary>
public sealed partial class CrmConversation
{
    private static CardContext ContextFor(string? locale, UtteranceLanguage language, TimeZoneInfo? timeZone) =>
        string.IsNullOrWhiteSpace(locale)
            ? (language == UtteranceLanguage.German ? CardContext.German : CardContext.English) with { TimeZone = timeZone ?? TimeZoneInfo.Utc }
            : CardContext.ForLocale(locale, timeZone);

    private static CultureInfo? TryCulture(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale) || locale.Length > 20)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
