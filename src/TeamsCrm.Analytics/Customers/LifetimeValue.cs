namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// An account's customer lifetime value estimate in one currency:
/// CLV = annual revenue × margin ratio × expected lifetime in years, where annual revenue = won revenue ÷ the years
/// since the first win (at least one), and the margin ratio = margin ÷ costed revenue (1 when no cost is known,
/// <see cref="MarginKnown"/> false).
/// </summary>
public sealed record LifetimeValue(string AccountId, string Currency, decimal AnnualRevenue, decimal MarginRatio, bool MarginKnown, decimal Value);
