namespace TeamsCrm.Analytics.Pipeline;

/// <summary>
/// An open deal whose expected close date has passed: <see cref="DaysOverdue"/> whole days before today (≥ 1); the
/// amount in its own currency; its <see cref="Title"/> as the CRM shows it (empty for facts stored before titles were).
/// </summary>
public sealed record SlippedDeal(string DealId, string AccountId, string OwnerId, DateOnly ExpectedCloseDate, int DaysOverdue, decimal Amount, string Currency, string Title = "");
