namespace TeamsCrm.Analytics.Tests.Support;

/// <summary>Small hand-written facts for the figures' tests: dates as "yyyy-MM-dd" at noon UTC.</summary>
internal static class Fixture
{
    public static DateTimeOffset At(string day) =>
        DateTimeOffset.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddHours(12);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A deal whose history is the given "Stage@yyyy-MM-dd" entries; it was created at the first and, when won or lost, closed at the last.</summary>
    public static DealFact Deal(
        string id,
        string owner,
        DealStage stage,
        decimal amount,
        string currency = "EUR",
        int? probability = null,
        string? expected = null,
        string account = "acc-1",
        params string[] history)
    {
        var changes = history.Select(h => h.Split('@')).Select(p => new StageChange(Enum.Parse<DealStage>(p[0]), At(p[1]))).ToList();
        return new DealFact
        {
            Id = id,
            AccountId = account,
            OwnerId = owner,
            Stage = stage,
            Amount = amount,
            Currency = currency,
            Probability = probability,
            CreatedAt = changes[0].EnteredAt,
            ClosedAt = DealStages.IsOpen(stage) ? null : changes[^1].EnteredAt,
            ExpectedCloseDate = expected is null ? null : Day(expected),
            StageHistory = changes,
        };
    }

    public static InteractionFact Touch(string account, string? contact, InteractionChannel channel, InteractionDirection direction, DateTimeOffset at) =>
        new() { AccountId = account, ContactId = contact, Channel = channel, Direction = direction, OccurredAt = at };
}
