namespace TeamsCrm.Conversation.Understanding;

/// <summary>Whole months from <see cref="From"/> (the first of a month) up to, not including, <see cref="To"/> (the first of a later month).</summary>
public sealed record MonthRange(DateOnly From, DateOnly To)
{
    public static MonthRange Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));

    public static MonthRange QuarterOf(DateOnly day)
    {
        var start = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return new MonthRange(start, start.AddMonths(3));
    }

    public int Months => ((To.Year - From.Year) * 12) + To.Month - From.Month;
}
