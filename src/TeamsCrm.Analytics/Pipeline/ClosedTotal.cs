namespace TeamsCrm.Analytics.Pipeline;

/// <summary>The deals of one owner in one currency won (or lost) in one month (its first day): how many and their amount.</summary>
public sealed record ClosedTotal(string Owner, string Currency, DateOnly Month, bool Won, int Count, decimal Amount);
