using TeamsCrm.Core.Comments;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Comments;

/// <summary>/api/v1/accounts/{accountId}/comments: list newest first (paged), read, add, edit and delete one's own.</summary>
internal static class CommentEndpoints
{
    public static RouteGroupBuilder MapComments(this RouteGroupBuilder api)
    {
        var comments = api.MapGroup("/accounts/{accountId}/comments").WithTags("Comments");
        comments.MapGet("/", ListAsync).WithName("ListComments")
            .WithSummary("The comments the caller may see (partners: shared ones only), newest first, `top` (1–100, default 25) per page; deleted ones keep their place.")
            .Produces<ResourcePage<CommentResource>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        comments.MapGet("/{commentId}", GetAsync).WithName("GetComment")
            .WithSummary("One comment, with its ETag.")
            .Produces<CommentResource>().Problems(StatusCodes.Status404NotFound);
        comments.MapPost("/", AddAsync).WithName("AddComment")
            .WithSummary("Adds a comment to the account or one of its deals; the mentioned people are notified in Teams.")
            .Produces<CommentResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        comments.MapPut("/{commentId}", EditAsync).WithName("EditComment")
            .WithSummary("Changes the text and mentions of one's own comment; needs If-Match with its ETag.")
            .Produces<CommentResource>()
            .Problems(
                StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
        comments.MapDelete("/{commentId}", DeleteAsync).WithName("DeleteComment")
            .WithSummary("Deletes one's own comment (it keeps its place without its text); needs If-Match with its ETag.")
            .Produces(StatusCodes.Status204NoContent)
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static Task<IResult> ListAsync(string accountId, int? top, string? skipToken, HttpContext context, CommentService comments, CancellationToken cancellationToken) =>
        ApiPaging.ListAsync(context, top, skipToken, (caller, page) => comments.ListAsync(caller, accountId, page, cancellationToken), CommentResource.From);

    private static async Task<IResult> GetAsync(string accountId, string commentId, HttpContext context, CommentService comments, CancellationToken cancellationToken) =>
        ApiResults.From(context, await comments.GetAsync(ApiCallers.Caller(context), accountId, commentId, cancellationToken), CommentResource.From);

    private static async Task<IResult> AddAsync(string accountId, CommentBody body, HttpContext context, CommentService comments, CancellationToken cancellationToken) =>
        ApiResults.Created(
            context, await comments.AddAsync(ApiCallers.Caller(context), accountId, body.ToInput(ApiCallers.Caller(context)), cancellationToken),
            CommentResource.From, comment => ["accounts", comment.AccountId, "comments", comment.Id]);

    private static async Task<IResult> EditAsync(
        string accountId, string commentId, CommentEditBody body, HttpContext context, CommentService comments, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var edited = await comments.EditAsync(caller, accountId, commentId, body.Text ?? string.Empty, body.Mentions, expected, cancellationToken);
        return await ApiResults.AfterChangeAsync(
            context, edited, CommentResource.From,
            async () => (await comments.GetAsync(caller, accountId, commentId, cancellationToken)).Map(CommentResource.From));
    }

    private static async Task<IResult> DeleteAsync(string accountId, string commentId, HttpContext context, CommentService comments, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var deleted = await comments.DeleteAsync(caller, accountId, commentId, expected, cancellationToken);
        return deleted.IsSuccess
            ? TypedResults.NoContent()
            : await ApiResults.AfterChangeAsync(
                context, deleted, CommentResource.From,
                async () => (await comments.GetAsync(caller, accountId, commentId, cancellationToken)).Map(CommentResource.From));
    }
}
