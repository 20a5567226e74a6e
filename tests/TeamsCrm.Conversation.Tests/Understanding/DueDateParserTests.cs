namespace TeamsCrm.Conversation.Tests.Understanding;

public sealed class DueDateParserTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [InlineData("today", "2026-11-30")]
    [InlineData("heute", "2026-11-30")]
    [InlineData("tomorrow", "2026-12-01")]
    [InlineData("Morgen", "2026-12-01")]
    [InlineData("übermorgen", "2026-12-02")]
    [InlineData("uebermorgen", "2026-12-02")]
    [InlineData("Friday", "2026-12-04")]
    [InlineData("Freitag", "2026-12-04")]
    [InlineData("fri", "2026-12-04")]
    [InlineData("Monday", "2026-11-30")]
    [InlineData("next Monday", "2026-12-07")]
    [InlineData("nächsten Montag", "2026-12-07")]
    [InlineData("end of week", "2026-12-04")]
    [InlineData("Ende der Woche", "2026-12-04")]
    [InlineData("next week", "2026-12-07")]
    [InlineData("nächste Woche", "2026-12-07")]
    [InlineData("end of month", "2026-11-30")]
    [InlineData("in 3 days", "2026-12-03")]
    [InlineData("in zwei Wochen", "2026-12-14")]
    [InlineData("2026-12-15", "2026-12-15")]
    [InlineData("15.12.", "2026-12-15")]
    [InlineData("15.12.2026", "2026-12-15")]
    [InlineData("15.1.", "2027-01-15")]
    [InlineData("15 December", "2026-12-15")]
    [InlineData("December 15th", "2026-12-15")]
    [InlineData("15. Dezember", "2026-12-15")]
    [InlineData("3. März", "2027-03-03")]
    public void Parse_KnownPhrase_Date(string phrase, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDateParser.Parse(phrase, Monday));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sometime")]
    [InlineData("31.2.")]
    [InlineData("2026-13-01")]
    [InlineData("the next board meeting")]
    public void Parse_UnknownOrInvalid_Null(string? phrase)
    {
        Assert.Null(DueDateParser.Parse(phrase, Monday));
    }
}
