namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// The customers at risk as of <see cref="AsOf"/>, ranked: first those with both signals (segment at risk or
/// hibernating, and going cold), then by lifetime revenue in the reporting currency (highest first), then by how far
/// past its usual rhythm the account is (days since the last touch ÷ its threshold). <see cref="CustomersAssessed"/>
/// counts the customers looked at; <see cref="ComputedAt"/> is when the customer summary was computed from the facts.
/// </summary>
public sealed record AtRiskCustomers(DateTimeOffset AsOf, DateTimeOffset ComputedAt, int CustomersAssessed, string ReportingCurrency, IReadOnlyList<AtRiskAccount> Accounts);
