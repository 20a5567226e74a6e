using TeamsCrm.Core.Common;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Identity;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Deals;

/// <summary>/api/v1/accounts/{accountId}/deals: list (paged), read, create, update, and move through the pipeline.</summary>
internal static class DealEndpoints
{
    public static RouteGroupBuilder MapDeals(this RouteGroupBuilder api)
    {
        var deals = api.MapGroup("/accounts/{accountId}/deals").WithTags("Deals");
        deals.MapGet("/", ListAsync).WithName("ListDeals")
            .WithSummary("The deals of the account the caller may see, open and closed, in the order they were created, `top` (1–100, default 25) per page.")
            .Produces<ResourcePage<DealResource>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        deals.MapGet("/{dealId}", GetAsync).WithName("GetDeal")
            .WithSummary("One deal as the caller may see it, with its ETag.")
            .Produces<DealResource>().Problems(StatusCodes.Status404NotFound);
        deals.MapPost("/", CreateAsync).WithName("CreateDeal")
            .WithSummary("Creates a deal (stage New, owned by the caller unless an owner is given).")
            .Produces<DealResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        deals.MapPut("/{dealId}", UpdateAsync).WithName("UpdateDeal")
            .WithSummary("Replaces the deal's editable fields; needs If-Match with its ETag.")
            .Produces<DealResource>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        deals.MapPut("/{dealId}/stage", ChangeStageAsync).WithName("ChangeDealStage")
            .WithSummary("Moves the deal to another stage (one of its allowedStages; the probability follows); needs If-Match with its ETag.")
            .Produces<DealResource>()
            .Problems(
                StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static Task<IResult> ListAsync(string accountId, int? top, string? skipToken, HttpContext context, DealService deals, CancellationToken cancellationToken) =>
        ApiPaging.ListAsync(context, top, skipToken, (caller, page) => deals.ListAsync(caller, accountId, page, cancellationToken), DealResource.From);

    private static async Task<IResult> GetAsync(string accountId, string dealId, HttpContext context, DealService deals, CancellationToken cancellationToken) =>
        ApiResults.From(context, await ReadAsync(deals, ApiCallers.Caller(context), accountId, dealId, cancellationToken), resource => resource);

    private static async Task<IResult> CreateAsync(string accountId, DealBody body, HttpContext context, DealService deals, CancellationToken cancellationToken)
    {
        var caller = ApiCallers.Caller(context);
        var created = await deals.CreateAsync(caller, accountId, body.ToInput(), cancellationToken);
        if (!created.IsSuccess)
        {
            return ApiProblems.For(created.Error);
        }

        var read = await ReadAsync(deals, caller, created.Value.AccountId, created.Value.Id, cancellationToken);
        return read.IsSuccess
            ? ApiResults.Created(context, ApiRoutes.Location(context, "accounts", read.Value.AccountId, "deals", read.Value.Id), read.Value)
            : ApiProblems.For(read.Error);
    }

    private static async Task<IResult> UpdateAsync(
        string accountId, string dealId, DealBody body, HttpContext context, DealService deals, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var updated = await deals.UpdateAsync(caller, accountId, dealId, body.ToInput(), expected, cancellationToken);
        return await AfterChangeAsync(context, updated, deals, caller, accountId, dealId, cancellationToken);
    }

    private static async Task<IResult> ChangeStageAsync(
        string accountId, string dealId, StageBody body, HttpContext context, DealService deals, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        if (body.Stage is not { } stage)
        {
            return ApiProblems.Invalid([new FieldError("stage", ErrorCodes.Required)]);
        }

        var caller = ApiCallers.Caller(context);
        var moved = await deals.ChangeStageAsync(caller, accountId, dealId, stage, expected, cancellationToken);
        return await AfterChangeAsync(context, moved, deals, caller, accountId, dealId, cancellationToken);
    }

    /// <summary>The changed deal, or the current one on a conflict, read again as the caller may see it (redaction and next stages depend on their access).</summary>
    private static Task<IResult> AfterChangeAsync(
        HttpContext context, CrmResult<Deal> changed, DealService deals, Caller caller, string accountId, string dealId, CancellationToken cancellationToken) =>
        ApiResults.AfterChangeAsync(
            context, changed,
            _ => ReadAsync(deals, caller, accountId, dealId, cancellationToken),
            () => ReadAsync(deals, caller, accountId, dealId, cancellationToken));

    private static async Task<CrmResult<DealResource>> ReadAsync(DealService deals, Caller caller, string accountId, string dealId, CancellationToken cancellationToken) =>
        (await deals.GetAsync(caller, accountId, dealId, cancellationToken)).Map(DealResource.From);
}
