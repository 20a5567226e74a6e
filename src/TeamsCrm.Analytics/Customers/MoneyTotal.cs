namespace TeamsCrm.Analytics.Customers;

/// <summary>An amount in one currency, as stored in a summary (never added across currencies).</summary>
public sealed record MoneyTotal(string Currency, decimal Amount);
