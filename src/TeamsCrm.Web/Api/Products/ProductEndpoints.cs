using TeamsCrm.Core.Products;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Products;

/// <summary>/api/v1/products: the tenant's product catalog — members list and read it, CRM admins create, edit and archive; guests see none.</summary>
internal static class ProductEndpoints
{
    public static RouteGroupBuilder MapProducts(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapGet("/", ListAsync).WithName("ListProducts")
            .WithSummary("The catalog by family and name; archived products only with includeArchived=true. Members only.")
            .Produces<IReadOnlyList<ProductResource>>().Problems(StatusCodes.Status403Forbidden);
        products.MapGet("/{productId}", GetAsync).WithName("GetProduct")
            .WithSummary("One product with its ETag. Members only.")
            .Produces<ProductResource>().Problems(StatusCodes.Status404NotFound);
        products.MapPost("/", CreateAsync).WithName("CreateProduct")
            .WithSummary("Adds a product to the catalog. CRM admins only.")
            .Produces<ProductResource>(StatusCodes.Status201Created).Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        products.MapPut("/{productId}", UpdateAsync).WithName("UpdateProduct")
            .WithSummary("Replaces a product's fields (archived: true archives it); needs If-Match with its ETag. CRM admins only.")
            .Produces<ProductResource>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static async Task<IResult> ListAsync(bool? includeArchived, HttpContext context, ProductCatalogService catalog, CancellationToken cancellationToken)
    {
        var listed = await catalog.ListAsync(ApiCallers.Caller(context), includeArchived ?? false, cancellationToken);
        return listed.IsSuccess
            ? new ApiJsonResult<IReadOnlyList<ProductResource>>([.. listed.Value.Select(ProductResource.From)], StatusCodes.Status200OK)
            : ApiProblems.For(listed.Error);
    }

    private static async Task<IResult> GetAsync(string productId, HttpContext context, ProductCatalogService catalog, CancellationToken cancellationToken) =>
        ApiResults.From(context, await catalog.GetAsync(ApiCallers.Caller(context), productId, cancellationToken), ProductResource.From);

    private static async Task<IResult> CreateAsync(ProductBody body, HttpContext context, ProductCatalogService catalog, CancellationToken cancellationToken) =>
        ApiResults.Created(
            context,
            await catalog.CreateAsync(ApiCallers.Caller(context), body.ToInput(), cancellationToken),
            ProductResource.From,
            product => ["products", product.Id]);

    private static async Task<IResult> UpdateAsync(string productId, ProductBody body, HttpContext context, ProductCatalogService catalog, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var updated = await catalog.UpdateAsync(caller, productId, body.ToInput(), expected, cancellationToken);
        return await ApiResults.AfterChangeAsync(
            context,
            updated,
            ProductResource.From,
            async () => (await catalog.GetAsync(caller, productId, cancellationToken)).Map(ProductResource.From));
    }
}
