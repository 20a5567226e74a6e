namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Reads a forecast's period from the folded words after "forecast": this or next quarter or month, Q1–Q4, a month
/// by name (English or German, optionally with a year), this or next year. A quarter or month without a year is the
/// next one that has not ended yet ("March" in November is next March); anything else is not a period (null).
/// </summary>
internal static class PeriodWords
{
    private static readonly Regex ThisQuarter = MatchText.Compile(
        "^((the|this|current|dieses|diesem|dieses|aktuelle|aktuellen|aktuelles|laufende|laufenden|laufendes|im|das|dem) )*(quarter|quartal)$");

    private static readonly Regex NextQuarter = MatchText.Compile("^((the|im|das|dem) )?(next|coming|following|nächste|nächsten|nächstes|kommende|kommenden|kommendes) (quarter|quartal)$");

    private static readonly Regex ThisMonth = MatchText.Compile("^((the|this|current|diesen|diesem|dieser|aktuellen|laufenden|im|den|dem) )*(month|monat)$");

    private static readonly Regex NextMonth = MatchText.Compile("^((the|im|den|dem) )?(next|coming|following|nächste|nächsten|nächster|kommende|kommenden) (month|monat)$");

    private static readonly Regex ThisYear = MatchText.Compile("^((the|this|current|dieses|diesem|im|das|dem|laufende|laufenden|laufendes) )*(year|jahr)$");

    private static readonly Regex NextYear = MatchText.Compile("^((the|im|das|dem) )?(next|coming|nächste|nächsten|nächstes|kommende|kommenden|kommendes) (year|jahr)$");

    private static readonly Regex Quarter = MatchText.Compile("^((the|das|im) )?q(?<q>[1-4])( (?<year>20\\d\\d))?$");

    private static readonly Regex NamedMonth = MatchText.Compile(
        "^((the month of|den monat|im|in|den|dem) )?(?<month>january|januar|jänner|jan|february|februar|feb|march|märz|mar|april|apr|may|mai|june|juni|jun|july|juli|jul|" +
        "august|aug|september|sept|sep|october|oktober|oct|okt|november|nov|december|dezember|dec|dez)\\.?( (?<year>20\\d\\d))?$");

    private static readonly string[] MonthStarts = ["jan", "feb", "mar", "apr", "ma", "jun", "jul", "aug", "sep", "o", "nov", "de"];

    public static MonthRange? Parse(string folded, DateOnly today)
    {
        var text = folded.Trim();
        var quarter = MonthRange.QuarterOf(today);
        if (ThisQuarter.IsMatch(text))
        {
            return quarter;
        }

        if (NextQuarter.IsMatch(text))
        {
            return new MonthRange(quarter.To, quarter.To.AddMonths(3));
        }

        var month = MonthRange.Month(today.Year, today.Month);
        if (ThisMonth.IsMatch(text))
        {
            return month;
        }

        if (NextMonth.IsMatch(text))
        {
            return new MonthRange(month.To, month.To.AddMonths(1));
        }

        if (ThisYear.IsMatch(text) || NextYear.IsMatch(text))
        {
            var year = today.Year + (NextYear.IsMatch(text) ? 1 : 0);
            return new MonthRange(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        }

        return Named(text, today);
    }

    private static MonthRange? Named(string text, DateOnly today)
    {
        if (Quarter.Match(text) is { Success: true } q)
        {
            var start = new DateOnly(Year(q, today.Year), ((int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1);
            start = q.Groups["year"].Success || start.AddMonths(3) > today ? start : start.AddYears(1);
            return new MonthRange(start, start.AddMonths(3));
        }

        if (NamedMonth.Match(text) is { Success: true } m)
        {
            var start = new DateOnly(Year(m, today.Year), MonthNumber(m.Groups["month"].Value), 1);
            start = m.Groups["year"].Success || start.AddMonths(1) > today ? start : start.AddYears(1);
            return new MonthRange(start, start.AddMonths(1));
        }

        return null;
    }

    private static int Year(Match match, int fallback) =>
        match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The month of a folded name: "mar"/"marz" is March (3), "mai"/"may" May (5), "okt"/"oct" October (10).</summary>
    private static int MonthNumber(string name) => name switch
    {
        _ when name.StartsWith("mar", StringComparison.Ordinal) => 3,
        _ when name.StartsWith("ma", StringComparison.Ordinal) => 5,
        _ when name.StartsWith("jun", StringComparison.Ordinal) => 6,
        _ when name.StartsWith("jul", StringComparison.Ordinal) => 7,
        _ when name.StartsWith("ja", StringComparison.Ordinal) => 1,
        _ => Array.FindIndex(MonthStarts, prefix => name.StartsWith(prefix, StringComparison.Ordinal)) + 1,
    };
}
