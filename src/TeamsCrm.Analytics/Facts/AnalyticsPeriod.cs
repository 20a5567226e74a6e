namespace TeamsCrm.Analytics.Facts;

/// <summary>
/// A half-open range of UTC days, <see cref="From"/> included and <see cref="To"/> excluded, so consecutive periods
/// never share a day. A period that does not end after it starts is rejected.
/// </summary>
public sealed record AnalyticsPeriod
{
    public AnalyticsPeriod(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A period must end after it starts ({from:yyyy-MM-dd} … {to:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public static AnalyticsPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));

    public static AnalyticsPeriod Quarter(int year, int quarter) =>
        new(new DateOnly(year, ((quarter - 1) * 3) + 1, 1), new DateOnly(year, ((quarter - 1) * 3) + 1, 1).AddMonths(3));

    public static AnalyticsPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    public bool Contains(DateOnly day) => day >= From && day < To;

    public bool Contains(DateTimeOffset moment) => Contains(UtcDay(moment));

    public static DateOnly UtcDay(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);
}
