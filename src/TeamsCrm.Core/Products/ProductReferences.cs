using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Products;

/// <summary>
/// Checks that the products a deal's lines or an interaction's tags name are in the tenant's catalog (one partition
/// read). An unknown id is an error on its field; an archived product may stay on a deal that already carries it but
/// cannot be added anew.
/// </summary>
public sealed class ProductReferences(IProductCatalogStore catalog)
{
    public async Task<CrmError?> CheckLinesAsync(string tenantId, IReadOnlyList<DealLineItem>? lines, IReadOnlyList<DealLineItem> kept, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kept);
        if (lines is not { Count: > 0 })
        {
            return null;
        }

        var already = kept.Select(l => l.ProductId).ToHashSet(StringComparer.Ordinal);
        return await CheckAsync(tenantId, "lineItems", [.. lines.Select(l => l.ProductId)], already, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CrmError?> CheckTagsAsync(string tenantId, IReadOnlyList<string>? productIds, CancellationToken cancellationToken = default) =>
        productIds is { Count: > 0 }
            ? await CheckAsync(tenantId, "productIds", productIds, [], cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<CrmError?> CheckAsync(string tenantId, string field, IReadOnlyList<string> ids, HashSet<string> allowedArchived, CancellationToken cancellationToken)
    {
        var products = (await catalog.ListAsync(tenantId, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var errors = new List<FieldError>();
        for (var i = 0; i < ids.Count; i++)
        {
            var at = field == "lineItems" ? $"{field}[{i}].productId" : $"{field}[{i}]";
            if (!products.TryGetValue(ids[i], out var product))
            {
                errors.Add(new FieldError(at, ErrorCodes.UnknownProduct));
            }
            else if (product.Archived && !allowedArchived.Contains(product.Id))
            {
                errors.Add(new FieldError(at, ErrorCodes.ProductArchived));
            }
        }

        return errors.Count == 0 ? null : CrmError.Invalid(errors);
    }
}
