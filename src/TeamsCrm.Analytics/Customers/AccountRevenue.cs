namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// An account's revenue in one time bucket and currency: the amounts of the deals won (closed) in it, and the margin
/// of the product lines whose cost is known (<see cref="Margin"/> is null when none is; it covers
/// <see cref="CostedRevenue"/> of the revenue).
/// </summary>
public sealed record AccountRevenue(string AccountId, DateOnly Start, DateOnly End, string Currency, decimal Revenue, decimal? Margin, decimal CostedRevenue);
