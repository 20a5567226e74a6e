using TeamsCrm.Core.Products;

namespace TeamsCrm.Core.Persistence;

/// <summary>The product catalog of a tenant: one partition of its own, so the whole catalog is one read.</summary>
public interface IProductCatalogStore
{
    Task<IReadOnlyList<Product>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    Task<Product?> GetIfExistsAsync(string tenantId, string productId, CancellationToken cancellationToken = default);

    /// <summary>Creates (<paramref name="expectedVersion"/> null) or replaces the product if it is still that version.</summary>
    /// <exception cref="ConcurrencyException">The product changed since it was read, or its id exists already.</exception>
    Task<Product> SaveAsync(string tenantId, Product product, string? expectedVersion, CancellationToken cancellationToken = default);
}
