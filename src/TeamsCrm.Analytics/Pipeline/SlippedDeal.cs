namespace TeamsCrm.Analytics.Pipeline;

/// <summary>An open deal whose expected close date has passed.</summary>
public sealed record SlippedDeal(string DealId, string AccountId, string OwnerId, DateOnly ExpectedCloseDate, int DaysOverdue, decimal Amount, string Currency);
