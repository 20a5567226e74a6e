using System.Net;
using TeamsCrm.Core.Common;
using TeamsCrm.Core.Persistence;
using TeamsCrm.Core.Products;
using TeamsCrm.Storage.Mapping;

namespace TeamsCrm.Storage.Products;

/// <summary>A tenant's product catalog: one partition of the "Catalog" table, the product id as row key.</summary>
public sealed class TableProductCatalogStore(CrmTables tables) : IProductCatalogStore
{
    public async Task<IReadOnlyList<Product>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var products = new List<Product>();
        await foreach (var entity in tables.Catalog.QueryAsync<TableEntity>(StorageKeys.Filter(StorageKeys.ProductsPartition(tenantId)), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            products.Add(FromEntity(entity));
        }

        return products;
    }

    public async Task<Product?> GetIfExistsAsync(string tenantId, string productId, CancellationToken cancellationToken = default)
    {
        if (!CrmIds.IsWellFormed(productId))
        {
            return null;
        }

        var response = await tables.Catalog.GetEntityIfExistsAsync<TableEntity>(StorageKeys.ProductsPartition(tenantId), productId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    public async Task<Product> SaveAsync(string tenantId, Product product, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(product);
        var entity = new TableEntity(StorageKeys.ProductsPartition(tenantId), StorageKeys.Checked(product.Id))
        {
            ["Name"] = product.Name,
            ["Family"] = product.Family,
            ["Currency"] = product.Currency,
            ["UnitCost"] = product.UnitCost?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Archived"] = product.Archived,
            ["UpdatedAt"] = product.UpdatedAt,
        };
        entity.SetDecimal("ListPrice", product.ListPrice);
        try
        {
            var response = expectedVersion is null
                ? await tables.Catalog.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await tables.Catalog.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return product with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            throw new ConcurrencyException("The product changed meanwhile.", ex);
        }
    }

    private static Product FromEntity(TableEntity e) => new()
    {
        Id = e.RowKey,
        Name = e.GetString("Name"),
        Family = e.GetString("Family"),
        ListPrice = e.GetDecimal("ListPrice"),
        Currency = e.GetString("Currency"),
        UnitCost = e.GetString("UnitCost") is { Length: > 0 } cost ? decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture) : null,
        Archived = e.GetBoolean("Archived") ?? false,
        UpdatedAt = e.GetTime("UpdatedAt"),
        Version = e.VersionOf(),
    };
}
