namespace TeamsCrm.Analytics.Pipeline;

/// <summary>An open deal whose expected close date has passed: <see cref="DaysOverdue"/> whole days before today (≥ 1); the amount in its own currency.</summary>
public sealed record SlippedDeal(string DealId, string AccountId, string OwnerId, DateOnly ExpectedCloseDate, int DaysOverdue, decimal Amount, string Currency);
