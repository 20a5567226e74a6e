namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Understands what people type to the CRM bot, in English and German: rules over a normalised
/// command (case, umlauts and ß, punctuation, emoji, polite fillers and Teams mention tags don't
/// matter). Never throws; bounded work for any input (see <see cref="InputCleaner"/>).
/// Thread-safe and stateless apart from the clock: register it as a singleton.
/// </summary>
public sealed class IntentRecognizer(TimeProvider timeProvider)
{
    /// <summary>Recognizes <paramref name="text"/> as the activity delivered it.</summary>
    /// <param name="text">The message text, mention tags included.</param>
    /// <param name="locale">The activity's locale, used only when the words don't tell the language.</param>
    /// <param name="mentions">The people mentioned (not the bot): "@Megan" then resolves to Megan's user id.</param>
    /// <param name="timeZone">The user's time zone for due dates; the clock's local zone when null.</param>
    public Recognition Recognize(string? text, CultureInfo? locale, IReadOnlyList<Mention>? mentions = null, TimeZoneInfo? timeZone = null)
    {
        try
        {
            return RecognizeCore(text, locale, mentions, timeZone);
        }
        catch (RegexMatchTimeoutException)
        {
            return Unknown(LanguageGuess.IsGerman(locale) ? UtteranceLanguage.German : UtteranceLanguage.English);
        }
    }

    private Recognition RecognizeCore(string? text, CultureInfo? locale, IReadOnlyList<Mention>? mentions, TimeZoneInfo? timeZone)
    {
        var input = InputCleaner.Clean(text, mentions);
        var raw = FoldedText.Of(input.Head);
        if (raw.IsEmpty || !raw.Folded.Any(c => char.IsLetterOrDigit(c) || c == '?'))
        {
            return Unknown(LanguageGuess.Guess(string.Empty, input.Body, locale));
        }

        if (RuleTable.Help.Pattern.IsMatch(raw.Folded))
        {
            return new Recognition { Intent = Intent.Help, Language = LanguageGuess.Guess(raw.Folded, null, locale) };
        }

        var head = Fillers.Strip(raw);
        foreach (var rule in RuleTable.Rules)
        {
            var match = rule.Pattern.Match(head.Folded);
            if (match.Success)
            {
                var today = Today(timeZone);
                return InsightsSlots.Apply(new SlotReader(head, match, input, mentions).Read(rule.Intent, locale, today), match, head, today);
            }
        }

        if (BareName.Matches(head))
        {
            return new Recognition
            {
                Intent = Intent.ShowAccount,
                Language = LanguageGuess.Guess(raw.Folded, null, locale),
                AccountPhrase = PhraseCleaner.Account(head),
            };
        }

        return Unknown(LanguageGuess.Guess(head.Folded, input.Body, locale));
    }

    private DateOnly Today(TimeZoneInfo? timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeZone ?? timeProvider.LocalTimeZone).DateTime);

    private static Recognition Unknown(UtteranceLanguage language) => new() { Intent = Intent.Unknown, Language = language };
}
