using TeamsCrm.Core.Interactions;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Interactions;

/// <summary>/api/v1/accounts/{accountId}/interactions: the account's touchpoints newest first (paged), and logging one.</summary>
internal static class InteractionEndpoints
{
    public static RouteGroupBuilder MapInteractions(this RouteGroupBuilder api)
    {
        var interactions = api.MapGroup("/accounts/{accountId}/interactions").WithTags("Interactions");
        interactions.MapGet("/", ListAsync).WithName("ListInteractions")
            .WithSummary("The account's interactions, newest first, `top` (1–100, default 25) per page; none for a partner (interactions are internal).")
            .Produces<ResourcePage<InteractionResource>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        interactions.MapPost("/", LogAsync).WithName("LogInteraction")
            .WithSummary("Logs a touchpoint (a call, an email, a meeting …) with the account, optionally with one of its contacts.")
            .Produces<InteractionResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        return api;
    }

    private static Task<IResult> ListAsync(string accountId, int? top, string? skipToken, HttpContext context, InteractionService interactions, CancellationToken cancellationToken) =>
        ApiPaging.ListAsync(context, top, skipToken, (caller, page) => interactions.ListAsync(caller, accountId, page, cancellationToken), InteractionResource.From);

    private static async Task<IResult> LogAsync(string accountId, InteractionBody body, HttpContext context, InteractionService interactions, CancellationToken cancellationToken)
    {
        if (body.MissingChoices() is { } missing)
        {
            return ApiProblems.For(missing);
        }

        // Interactions are listed, not read one by one: the Location is the account's list.
        return ApiResults.Created(
            context, await interactions.LogAsync(ApiCallers.Caller(context), accountId, body.ToInput(), cancellationToken),
            InteractionResource.From, interaction => ["accounts", interaction.AccountId, "interactions"]);
    }
}
