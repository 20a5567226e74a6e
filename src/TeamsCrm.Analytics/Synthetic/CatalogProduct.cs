namespace TeamsCrm.Analytics.Synthetic;

/// <summary>A product of a tenant's catalog: id, name, family, list price and unit cost (in EUR).</summary>
public sealed record CatalogProduct(string Id, string Name, string Family, decimal ListPrice, decimal UnitCost);
