namespace TeamsCrm.Analytics.Facts;

/// <summary>A product on a deal: its catalog id and family, the line's amount (in the deal's currency) and its cost when the catalog knows it.</summary>
public sealed record ProductLine(string ProductId, string Family, decimal Amount, decimal? Cost = null);
