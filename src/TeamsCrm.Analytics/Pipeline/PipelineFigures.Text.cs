namespace TeamsCrm.Analytics.Pipeline;

public sealed partial record PipelineFigures
{
    /// <summary>Every figure as invariant text, one per line, in the properties' order: two answers are the same exactly when their texts are (logs, tests).</summary>
    public override string ToString() => string.Join(
        Environment.NewLine,
        [
            .. OpenByStage.Select(s => $"stage {s}"),
            .. OpenByOwner.Select(s => $"owner {s}"),
            .. ForecastByMonth.Select(b => $"month {Bucket(b)}"),
            .. ForecastByQuarter.Select(b => $"quarter {Bucket(b)}"),
            $"unscheduled {UnscheduledWeighted}",
            $"{WinRate}",
            $"average won {AverageWonDealSize}",
            $"cycle {SalesCycle}",
            .. Conversion.Select(c => $"conversion {c}"),
            .. Velocity.Select(v => $"velocity {v}"),
            $"slipped {Slipped.Count}: {Slipped.Amount}",
            .. Slipped.Largest.Select(s => $"slipped {s}"),
        ]);

    private static string Bucket(ForecastBucket bucket) =>
        $"{bucket.Start:yyyy-MM-dd}…{bucket.End:yyyy-MM-dd} won {bucket.Won} weighted open {bucket.WeightedOpen}";
}
