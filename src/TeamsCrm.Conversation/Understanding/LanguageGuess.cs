namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Tells English from German by counting marker words in the command words (names excluded) and
/// the first part of the text after the colon. A tie goes to the locale, then to English.
/// </summary>
internal static class LanguageGuess
{
    private const int MaxBody = 500;

    private static readonly HashSet<string> German = Expand(
        "zeig zeige zeigen anzeigen mir mich meine meinen meiner offenen offene übergib übergebe übergeben übergaben übergabe übertrage gib " +
        "kommentar kommentiere notiz anruf telefonat termin besprechung besuch kundenbesuch notieren erfassen notiere neuer neue neuen neues " +
        "kunde kunden kontakt ansprechpartner anlegen erstellen erstelle lege hinzufügen verknüpfe verknüpfen verbinde diesen kanal " +
        "zusammenfassung überblick stand hilfe bitte kannst du was wie ist der die das den dem mit bei von für zu und ich habe hatte wir " +
        "nach über suche such öffne informationen aufgaben wiedervorlagen wartet auf danke hallo befehle gibt es alles funktioniert " +
        "welche wetter morgen heute tun muss bis freitag montag dienstag mittwoch donnerstag samstag sonntag geteilt geteilter firma karte " +
        "los neues steht um weiter einen eine ein er sie kein nicht nächste woche telefoniert erzähl witz helfen wird lief gut wollen " +
        "möchte braucht hat im nächsten spricht deutsch kennt verlängerung besprochen angebot " +
        "geschickt verschickt unterlagen besichtigt geplant bestätigt freigegeben noch schon auch nur sehr haben sind wird gerne erhalten tschüss " +
        "prognose vorhersage hochrechnung quartal dieses diesen nächstes nächsten monat jahr wen soll sollte anrufen anrufliste gefährdet gefährdete unsere " +
        "wer kauft kaufen kaufte interessieren interessiert produkt produkte produktauswertung");

    private static readonly HashSet<string> English = Expand(
        "show me my open the a hand off over handoff pass to give transfer reassign comment on note for add log call with at from had new " +
        "create account customer contact link this channel summary help please can you what how is are up about tell find search look " +
        "handoffs tasks waiting opportunities they asked by until tomorrow today friday monday shared partners i we it and of do does work " +
        "thanks weather joke book flight commands hi hello what's whats went well want any pending list company card doing " +
        "connect visit visited called met just phone record discussed sent she he knows urgent prefers needs new moved bye night good " +
        "forecast quarter month year next who whom should which risk our team");

    public static UtteranceLanguage Guess(string foldedCommand, string? body, CultureInfo? locale)
    {
        var score = Score(foldedCommand);
        if (body is not null)
        {
            score += Score(MatchText.Fold(body.Length > MaxBody ? body[..MaxBody] : body));
        }

        return score switch
        {
            > 0 => UtteranceLanguage.German,
            < 0 => UtteranceLanguage.English,
            _ => IsGerman(locale) ? UtteranceLanguage.German : UtteranceLanguage.English,
        };
    }

    public static bool IsGerman(CultureInfo? locale) =>
        locale is not null && string.Equals(locale.TwoLetterISOLanguageName, "de", StringComparison.OrdinalIgnoreCase);

    private static int Score(string folded)
    {
        var score = 0;
        foreach (var word in folded.Split([' ', ',', '.', '!', '?', ';', '(', ')', '"', '-', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('\'');
            score += German.Contains(w) ? 1 : 0;
            score -= English.Contains(w) ? 1 : 0;
        }

        return score;
    }

    private static HashSet<string> Expand(string words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(MatchText.Fold(word));
            set.Add(word.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal));
        }

        return set;
    }
}
