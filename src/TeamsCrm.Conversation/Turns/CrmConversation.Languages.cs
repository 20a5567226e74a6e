using System.Globalization;
using TeamsCrm.Conversation.Cards;
using TeamsCrm.Conversation.Understanding;

namespace TeamsCrm.Conversation.Turns;

/// <summary>Which language and time zone a card is written in: the turn's, or a notification recipient's.</summary>
public sealed partial class CrmConversation
{
    /// <summary>
    /// The card context for a notification to <paramref name="userId"/>: their own language when the host knows their
    /// locale, else <paramref name="fallback"/> (the sender's). Times stay in the fallback's time zone.
    /// </summary>
    private async Task<CardContext> ContextOfAsync(string tenantId, string userId, CardContext fallback, CancellationToken cancellationToken)
    {
        var locale = await personLocales.GetLocaleAsync(tenantId, userId, cancellationToken);
        return string.IsNullOrWhiteSpace(locale) ? fallback : CardContext.ForLocale(locale, fallback.TimeZone);
    }

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
