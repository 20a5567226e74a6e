namespace TeamsCrm.Core.Products;

/// <summary>
/// A product of the tenant's catalog: name, family (for grouping, e.g. "Sensors"), list price in one currency and,
/// when known, the unit cost (internal: margin analytics only). An archived product stays on the deals that carry it
/// but cannot be added to new lines or interactions.
/// </summary>
public sealed record Product
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Family { get; init; }
    public decimal ListPrice { get; init; }
    public string Currency { get; init; } = "EUR";
    public decimal? UnitCost { get; init; }
    public bool Archived { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public string? Version { get; init; }
}
