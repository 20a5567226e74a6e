namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Reads a handoff's due phrase as a date, relative to today in the user's time zone. Understood:
/// today/heute, tomorrow/morgen, übermorgen, a weekday ("Friday", "Freitag": the next such day,
/// today included; "next Friday"/"nächsten Freitag": strictly after today), end of week/Ende der
/// Woche (Friday), next week/nächste Woche (its Monday), end of month/Monatsende, "in 3 days"/"in
/// 3 Tagen", ISO 2026-12-15, 15.12. / 15.12.2026, "15 December"/"December 15"/"15. Dezember".
/// A date without a year that has passed this year means next year. Anything else: null.
/// </summary>
internal static class DueDateParser
{
    private static readonly string[] EnglishDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] GermanDays = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"];
    private static readonly string[] EnglishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] GermanMonths = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];

    private static readonly Regex Iso = MatchText.Compile("^(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})$");
    private static readonly Regex Dotted = MatchText.Compile("^(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.?(?<y>\\d{2}|\\d{4})?$");
    private static readonly Regex DayMonth = MatchText.Compile("^(the )?(?<d>\\d{1,2})(st|nd|rd|th|\\.)?( of)? (?<month>[a-z]{3,})\\.?( (?<y>\\d{4}))?$");
    private static readonly Regex MonthDay = MatchText.Compile("^(?<month>[a-z]{3,})\\.? (?<d>\\d{1,2})(st|nd|rd|th)?(,? (?<y>\\d{4}))?$");
    private static readonly Regex InDays = MatchText.Compile("^in (?<n>\\d{1,3}|a|one|einem|einen|zwei|two|drei|three) (?<unit>days?|tagen?|weeks?|wochen?)$");
    private static readonly Regex Weekday = MatchText.Compile("^((?<next>next|nächsten|nächster|kommenden|kommender|coming)|this|diesen|dieser|am|on)? ?(?<day>[a-z]+?)(s)?( (morning|afternoon|evening|eod|morgen|mittag|nachmittag|abend|end of day))?$");

    public static DateOnly? Parse(string? phrase, DateOnly today)
    {
        var text = MatchText.Fold(phrase ?? string.Empty).Trim().TrimEnd('.', '!', '?').Trim();
        if (text.Length is 0 or > 40)
        {
            return null;
        }

        return Relative(text, today) ?? Calendar(text, today);
    }

    private static DateOnly? Relative(string text, DateOnly today)
    {
        switch (text)
        {
            case "today" or "heute" or "eod" or "end of day" or "end of today" or "heute abend" or "tonight" or "feierabend":
                return today;
            case "tomorrow" or "morgen" or "tmrw" or "morgen fruh" or "tomorrow morning":
                return today.AddDays(1);
            case "ubermorgen" or "uebermorgen" or "the day after tomorrow":
                return today.AddDays(2);
            case "end of week" or "end of the week" or "eow" or "ende der woche" or "wochenende" or "the weekend" or "end of this week":
                return NextWeekday(today, DayOfWeek.Friday, false);
            case "next week" or "nachste woche" or "naechste woche":
                return NextWeekday(today, DayOfWeek.Monday, true);
            case "end of month" or "end of the month" or "monatsende" or "ende des monats" or "ende monat":
                return new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        }

        if (InDays.Match(text) is { Success: true } inDays)
        {
            var n = inDays.Groups["n"].Value switch
            {
                "a" or "one" or "einem" or "einen" => 1,
                "zwei" or "two" => 2,
                "drei" or "three" => 3,
                var digits => int.Parse(digits, CultureInfo.InvariantCulture),
            };
            return today.AddDays(inDays.Groups["unit"].Value.StartsWith('w') ? n * 7 : n);
        }

        if (Weekday.Match(text) is { Success: true } weekday && Day(weekday.Groups["day"].Value) is { } day)
        {
            return NextWeekday(today, day, weekday.Groups["next"].Success);
        }

        return null;
    }

    private static DateOnly? Calendar(string text, DateOnly today)
    {
        if (Iso.Match(text) is { Success: true } iso)
        {
            return Date(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), today, explicitYear: true);
        }

        if (Dotted.Match(text) is { Success: true } dotted)
        {
            var year = dotted.Groups["y"].Success ? Number(dotted, "y") : 0;
            return Date(year is > 0 and < 100 ? 2000 + year : year, Number(dotted, "m"), Number(dotted, "d"), today, year > 0);
        }

        var named = DayMonth.Match(text) is { Success: true } dm ? dm : MonthDay.Match(text);
        if (named.Success && Month(named.Groups["month"].Value) is { } month)
        {
            var year = named.Groups["y"].Success ? Number(named, "y") : 0;
            return Date(year, month, Number(named, "d"), today, year > 0);
        }

        return null;
    }

    private static DateOnly? Date(int year, int month, int day, DateOnly today, bool explicitYear)
    {
        var y = explicitYear ? year : today.Year;
        if (month is < 1 or > 12 || y is < 2000 or > 2200 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        return !explicitYear && date < today && day <= DateTime.DaysInMonth(y + 1, month) ? date.AddYears(1) : date;
    }

    private static DateOnly NextWeekday(DateOnly today, DayOfWeek day, bool strictlyAfter)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 && strictlyAfter ? 7 : ahead);
    }

    private static DayOfWeek? Day(string word)
    {
        for (var i = 0; i < 7; i++)
        {
            if (word == EnglishDays[i] || word == GermanDays[i] || (word.Length >= 3 && (EnglishDays[i].StartsWith(word, StringComparison.Ordinal) || GermanDays[i].StartsWith(word, StringComparison.Ordinal))))
            {
                return (DayOfWeek)i;
            }
        }

        return null;
    }

    private static int? Month(string word)
    {
        for (var i = 0; i < 12; i++)
        {
            if (word.StartsWith(EnglishMonths[i], StringComparison.Ordinal) || word.StartsWith(GermanMonths[i], StringComparison.Ordinal) || (i == 2 && word.StartsWith("mae", StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
