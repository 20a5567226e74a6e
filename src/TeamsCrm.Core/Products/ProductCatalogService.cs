namespace TeamsCrm.Core.Products;

/// <summary>
/// The tenant's product catalog. Members list and read it; its CRM administrators create, edit and archive products
/// (<see cref="AccessPolicy.CanEditCatalog"/>; a member who is not one is told so, "Error.CatalogAdminsOnly"). Guests see
/// no catalog: list prices and unit costs are internal, so for a guest the catalog is forbidden and a product does not
/// exist.
/// </summary>
public sealed class ProductCatalogService(IProductCatalogStore catalog, TimeProvider time)
{
    public async Task<CrmResult<IReadOnlyList<Product>>> ListAsync(Caller caller, bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!AccessPolicy.CanSeeCatalog(caller))
        {
            return CrmError.Forbidden();
        }

        var products = await catalog.ListAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return CrmResult<IReadOnlyList<Product>>.Success(
            [.. products.Where(p => includeArchived || !p.Archived).OrderBy(p => p.Family, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }

    public async Task<CrmResult<Product>> GetAsync(Caller caller, string productId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var product = AccessPolicy.CanSeeCatalog(caller) && CrmIds.IsWellFormed(productId)
            ? await catalog.GetIfExistsAsync(caller.TenantId, productId, cancellationToken).ConfigureAwait(false)
            : null;
        return product is null ? CrmError.NotFound() : product;
    }

    public async Task<CrmResult<Product>> CreateAsync(Caller caller, ProductInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        if (EditRefusal(caller) is { } refused)
        {
            return refused;
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        var product = input.ApplyTo(new Product { Id = CrmIds.New(time), Name = input.Name, Family = input.Family, UpdatedAt = now }, now);
        return await catalog.SaveAsync(caller.TenantId, product, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrmResult<Product>> UpdateAsync(Caller caller, string productId, ProductInput input, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = await GetAsync(caller, productId, cancellationToken).ConfigureAwait(false);
        if (!current.IsSuccess)
        {
            return current;
        }

        if (EditRefusal(caller) is { } refused)
        {
            return refused;
        }

        if (input.Validate() is { } invalid)
        {
            return invalid;
        }

        var before = current.Value!;
        if (ChangeCommitter.CheckExpectedVersion(expectedVersion, before.Version, before) is { } stale)
        {
            return stale;
        }

        try
        {
            return await catalog.SaveAsync(caller.TenantId, input.ApplyTo(before, time.GetUtcNow()), before.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException)
        {
            return CrmError.Conflict(await catalog.GetIfExistsAsync(caller.TenantId, productId, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Why the caller may not edit the catalog (a guest: forbidden; a member who is no CRM admin: admins only); null when they may.</summary>
    private static CrmError? EditRefusal(Caller caller) =>
        !AccessPolicy.CanSeeCatalog(caller) ? CrmError.Forbidden()
        : !AccessPolicy.CanEditCatalog(caller) ? new CrmError(CrmErrorKind.Forbidden, ErrorCodes.CatalogAdminsOnly, [])
        : null;
}
