using TeamsCrm.Core.Products;

namespace TeamsCrm.Web.Api.Products;

/// <summary>A product's fields (create, and update — which replaces them all); archived: true archives it (it stays on the deals that carry it).</summary>
public sealed record ProductBody(string? Name, string? Family, decimal ListPrice = 0, string? Currency = null, decimal? UnitCost = null, bool Archived = false)
{
    public ProductInput ToInput() => new(Name ?? string.Empty, Family ?? string.Empty, ListPrice, Currency ?? "EUR", UnitCost, Archived);
}
