using System.Text.Json.Serialization;
using TeamsCrm.Core.Products;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Products;

/// <summary>A product of the tenant's catalog: name, family, list price in its currency, unit cost (optional), archived, with its ETag.</summary>
public sealed record ProductResource(
    string Id,
    string Name,
    string Family,
    decimal ListPrice,
    string Currency,
    decimal? UnitCost,
    bool Archived,
    DateTimeOffset UpdatedAt,
    [property: JsonPropertyName("etag")] string? ETag) : IApiResource
{
    public static ProductResource From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(product.Id, product.Name, product.Family, product.ListPrice, product.Currency, product.UnitCost, product.Archived, product.UpdatedAt, ETags.For(product.Version));
    }
}
