namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// "Who should I call today": the caller's open deals, highest priority first (<see cref="CallListEntry.Rank"/> from 1).
/// <see cref="ComputedAt"/> is when the candidates and their scores were computed (the customer summary's age);
/// slipping and cooling are judged as of <see cref="AsOf"/>.
/// </summary>
public sealed record CallListResult(DateTimeOffset AsOf, DateTimeOffset ComputedAt, string ReportingCurrency, IReadOnlyList<CallListEntry> Entries);
