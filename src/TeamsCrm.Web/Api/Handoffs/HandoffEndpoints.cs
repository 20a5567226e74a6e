using TeamsCrm.Core.Common;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.People;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Handoffs;

/// <summary>Handoffs: mine (waiting for me, sent by me), one by id, start one for a deal, and accept, decline or cancel it.</summary>
internal static class HandoffEndpoints
{
    public static RouteGroupBuilder MapHandoffs(this RouteGroupBuilder api)
    {
        var handoffs = api.MapGroup("/").WithTags("Handoffs");
        handoffs.MapGet("/handoffs", ListMineAsync).WithName("ListMyHandoffs")
            .WithSummary("My pending handoffs: `box=waiting` (default) those waiting for my answer, `box=sent` those I sent that wait for an answer; by account name, not paged.")
            .Produces<ResourcePage<HandoffResource>>().Problems(StatusCodes.Status400BadRequest);
        handoffs.MapGet("/accounts/{accountId}/handoffs/{handoffId}", GetAsync).WithName("GetHandoff")
            .WithSummary("One handoff the caller may see (a partner: only their own), with its ETag.")
            .Produces<HandoffResource>().Problems(StatusCodes.Status404NotFound);
        handoffs.MapPost("/accounts/{accountId}/deals/{dealId}/handoffs", StartAsync).WithName("StartHandoff")
            .WithSummary("Hands the caller's deal to someone (a partner: only back to the member who handed it to them); they are asked in Teams.")
            .Produces<HandoffResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        handoffs.MapPost("/accounts/{accountId}/handoffs/{handoffId}/accept", AcceptAsync).WithName("AcceptHandoff")
            .WithSummary("The recipient takes the deal: it becomes theirs.")
            .AnswerProblems();
        handoffs.MapPost("/accounts/{accountId}/handoffs/{handoffId}/decline", DeclineAsync).WithName("DeclineHandoff")
            .WithSummary("The recipient declines, with a reason.")
            .AnswerProblems();
        handoffs.MapPost("/accounts/{accountId}/handoffs/{handoffId}/cancel", CancelAsync).WithName("CancelHandoff")
            .WithSummary("The sender takes the handoff back.")
            .AnswerProblems();
        return api;
    }

    /// <summary>An answer gives the handoff as it now stands; 422 when it is no longer pending or not the caller's to answer.</summary>
    private static RouteHandlerBuilder AnswerProblems(this RouteHandlerBuilder answer) =>
        answer.Produces<HandoffResource>()
            .Problems(
                StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> AcceptAsync(string accountId, string handoffId, HttpContext context, HandoffService handoffs, CancellationToken cancellationToken) =>
        await AnsweredAsync(context, handoffs, accountId, handoffId, await handoffs.AcceptAsync(ApiCallers.Caller(context), accountId, handoffId, cancellationToken), cancellationToken);

    private static async Task<IResult> DeclineAsync(
        string accountId, string handoffId, DeclineBody body, HttpContext context, HandoffService handoffs, CancellationToken cancellationToken) =>
        await AnsweredAsync(
            context, handoffs, accountId, handoffId,
            await handoffs.DeclineAsync(ApiCallers.Caller(context), accountId, handoffId, body.Reason ?? string.Empty, cancellationToken), cancellationToken);

    private static async Task<IResult> CancelAsync(string accountId, string handoffId, HttpContext context, HandoffService handoffs, CancellationToken cancellationToken) =>
        await AnsweredAsync(context, handoffs, accountId, handoffId, await handoffs.CancelAsync(ApiCallers.Caller(context), accountId, handoffId, cancellationToken), cancellationToken);

    /// <summary>The handoff as it stands after the answer (or, when another answer won meanwhile, 412 with it as it is now).</summary>
    private static Task<IResult> AnsweredAsync(
        HttpContext context, HandoffService handoffs, string accountId, string handoffId, CrmResult<HandoffOutcome> answered, CancellationToken cancellationToken)
    {
        return ApiResults.AfterChangeAsync(context, answered, _ => ReadAsync(), ReadAsync);

        async Task<CrmResult<HandoffResource>> ReadAsync() =>
            (await handoffs.GetAsync(ApiCallers.Caller(context), accountId, handoffId, cancellationToken)).Map(HandoffResource.For);
    }

    private static async Task<IResult> ListMineAsync(string? box, HttpContext context, MyWorkService myWork, CancellationToken cancellationToken)
    {
        var caller = ApiCallers.Caller(context);
        var mine = (box ?? "waiting") switch
        {
            "waiting" => await myWork.HandoffsWaitingAsync(caller, cancellationToken),
            "sent" => await myWork.HandoffsSentAsync(caller, cancellationToken),
            _ => null,
        };
        return mine is null
            ? ApiProblems.Invalid([new FieldError("box", ErrorCodes.UnknownValue)])
            : ApiResults.Page(new ResourcePage<HandoffResource>([.. mine.Select(w => HandoffResource.For(w.Item, w.AccountName, w.DealTitle))], NextLink: null));
    }

    private static async Task<IResult> StartAsync(
        string accountId, string dealId, HandoffBody body, HttpContext context, HandoffService handoffs, CallerResolver people, CancellationToken cancellationToken)
    {
        var caller = ApiCallers.Caller(context);
        var recipient = await HandoffRecipient.ResolveAsync(people, caller, body.Recipient, cancellationToken);
        var started = await handoffs.HandOffAsync(caller, new HandoffRequest(accountId, dealId, recipient, body.Note, body.DueAt), cancellationToken);
        return ApiResults.Created(context, started, handoff => HandoffResource.For(handoff), handoff => ["accounts", handoff.AccountId, "handoffs", handoff.Id]);
    }

    private static async Task<IResult> GetAsync(string accountId, string handoffId, HttpContext context, HandoffService handoffs, CancellationToken cancellationToken) =>
        ApiResults.From(context, await handoffs.GetAsync(ApiCallers.Caller(context), accountId, handoffId, cancellationToken), HandoffResource.For);
}
