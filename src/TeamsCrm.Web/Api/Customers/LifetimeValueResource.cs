namespace TeamsCrm.Web.Api.Customers;

/// <summary>Customer lifetime value in one currency: annual revenue × margin ratio (1 when no cost is known) × expected lifetime (3 years).</summary>
public sealed record LifetimeValueResource(string Currency, decimal AnnualRevenue, decimal MarginRatio, bool MarginKnown, decimal Value);
