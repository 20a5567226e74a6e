namespace TeamsCrm.Analytics.Pipeline;

/// <summary>One owner's additive totals in memory (see <see cref="OwnerTotals"/> for what each table holds).</summary>
internal sealed class OwnerBook
{
    public TotalsTable<(string Currency, DealStage Stage)> Open { get; } = new();

    public TotalsTable<(string Currency, DateOnly? Month)> Scheduled { get; } = new();

    public TotalsTable<(string Currency, DateOnly Month, bool Won)> Closed { get; } = new();

    public TotalsTable<(DateOnly Month, int Furthest)> Cohort { get; } = new();

    public TotalsTable<(DateOnly Month, DealStage Stage)> Stays { get; } = new();

    public bool IsEmpty => Open.IsEmpty && Scheduled.IsEmpty && Closed.IsEmpty && Cohort.IsEmpty && Stays.IsEmpty;

    public void Apply(DealFact deal, int sign)
    {
        if (deal.IsOpen)
        {
            var open = new DealSums(1, deal.Amount, deal.WeightedAmount, 0);
            Open.Add((deal.Currency, deal.Stage), sign, open);
            Scheduled.Add((deal.Currency, deal.ExpectedCloseDate is { } expected ? MonthOf(expected) : null), sign, open);
        }
        else if (deal.ClosedAt is { } closed)
        {
            var days = deal.IsWon ? AverageDays.Between(deal.CreatedAt, closed) : 0;
            Closed.Add((deal.Currency, MonthOf(AnalyticsPeriod.UtcDay(closed)), deal.IsWon), sign, new DealSums(1, deal.Amount, 0m, days));
        }

        var created = MonthOf(AnalyticsPeriod.UtcDay(deal.CreatedAt));
        Cohort.Add((created, StageOrder.FurthestReached(deal)), sign, new DealSums(1, 0m, 0m, 0));
        foreach (var (stage, days) in PipelineCalculator.StaysOf(deal))
        {
            Stays.Add((created, stage), sign, new DealSums(1, 0m, 0m, days));
        }
    }

    /// <summary>The stored form, each table in its keys' order (the same totals always give the same text).</summary>
    public OwnerTotals ToTotals(string owner) => new(
        owner,
        [.. Open.Entries.OrderBy(e => e.Key.Currency, StringComparer.Ordinal).ThenBy(e => e.Key.Stage).Select(e => Row(e.Value) with { Currency = e.Key.Currency, Stage = e.Key.Stage })],
        [.. Scheduled.Entries.OrderBy(e => e.Key.Currency, StringComparer.Ordinal).ThenBy(e => e.Key.Month).Select(e => Row(e.Value) with { Currency = e.Key.Currency, Month = e.Key.Month })],
        [.. Closed.Entries.OrderBy(e => e.Key.Currency, StringComparer.Ordinal).ThenBy(e => e.Key.Month).ThenBy(e => e.Key.Won).Select(e => Row(e.Value) with { Currency = e.Key.Currency, Month = e.Key.Month, Won = e.Key.Won })],
        [.. Cohort.Entries.OrderBy(e => e.Key).Select(e => Row(e.Value) with { Month = e.Key.Month, Furthest = e.Key.Furthest })],
        [.. Stays.Entries.OrderBy(e => e.Key).Select(e => Row(e.Value) with { Month = e.Key.Month, Stage = e.Key.Stage })]);

    public static OwnerBook From(OwnerTotals totals)
    {
        var book = new OwnerBook();
        foreach (var row in totals.Open)
        {
            book.Open.Add((row.Currency!, row.Stage!.Value), +1, DealSumsOf(row));
        }

        foreach (var row in totals.Scheduled)
        {
            book.Scheduled.Add((row.Currency!, row.Month), +1, DealSumsOf(row));
        }

        foreach (var row in totals.Closed)
        {
            book.Closed.Add((row.Currency!, row.Month!.Value, row.Won), +1, DealSumsOf(row));
        }

        foreach (var row in totals.Cohort)
        {
            book.Cohort.Add((row.Month!.Value, row.Furthest), +1, DealSumsOf(row));
        }

        foreach (var row in totals.Stays)
        {
            book.Stays.Add((row.Month!.Value, row.Stage!.Value), +1, DealSumsOf(row));
        }

        return book;
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    private static TotalRow Row(DealSums sums) => new() { Count = sums.Count, Amount = sums.Amount, Weighted = sums.Weighted, Days = sums.Days };

    private static DealSums DealSumsOf(TotalRow row) => new(row.Count, row.Amount, row.Weighted, row.Days);
}
