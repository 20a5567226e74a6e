using TeamsCrm.Core.FollowUps;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Tasks;

/// <summary>/api/v1/accounts/{accountId}/tasks: the account's follow-up tasks (paged), read one, create, change (reassign) and complete.</summary>
internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/accounts/{accountId}/tasks").WithTags("Tasks");
        tasks.MapGet("/", ListAsync).WithName("ListTasks")
            .WithSummary("The account's tasks, open and done, in the order they were created, `top` (1–100, default 25) per page; none for a partner (tasks are internal).")
            .Produces<ResourcePage<TaskResource>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        tasks.MapGet("/{taskId}", GetAsync).WithName("GetTask")
            .WithSummary("One task, with its ETag.")
            .Produces<TaskResource>().Problems(StatusCodes.Status404NotFound);
        tasks.MapPost("/", CreateAsync).WithName("CreateTask")
            .WithSummary("Creates a follow-up task on the account (or one of its deals), assigned to the caller unless an assignee is given.")
            .Produces<TaskResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        tasks.MapPut("/{taskId}", UpdateAsync).WithName("UpdateTask")
            .WithSummary("Replaces an open task's title, assignee (the caller when none is given) and due time; needs If-Match with its ETag (422 when the task is done).")
            .Produces<TaskResource>()
            .Problems(
                StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);
        tasks.MapPost("/{taskId}/complete", CompleteAsync).WithName("CompleteTask")
            .WithSummary("Marks the task done (422 when it already is).")
            .Produces<TaskResource>()
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static Task<IResult> ListAsync(string accountId, int? top, string? skipToken, HttpContext context, FollowUpService tasks, CancellationToken cancellationToken) =>
        ApiPaging.ListAsync(context, top, skipToken, (caller, page) => tasks.ListAsync(caller, accountId, page, cancellationToken), TaskResource.From);

    private static async Task<IResult> GetAsync(string accountId, string taskId, HttpContext context, FollowUpService tasks, CancellationToken cancellationToken) =>
        ApiResults.From(context, await tasks.GetAsync(ApiCallers.Caller(context), accountId, taskId, cancellationToken), TaskResource.From);

    private static async Task<IResult> CreateAsync(string accountId, TaskBody body, HttpContext context, FollowUpService tasks, CancellationToken cancellationToken) =>
        ApiResults.Created(
            context, await tasks.CreateAsync(ApiCallers.Caller(context), accountId, body.ToInput(), cancellationToken),
            TaskResource.From, task => ["accounts", task.AccountId, "tasks", task.Id]);

    private static async Task<IResult> UpdateAsync(
        string accountId, string taskId, TaskBody body, HttpContext context, FollowUpService tasks, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var updated = await tasks.UpdateAsync(caller, accountId, taskId, body.ToInput(), expected, cancellationToken);
        return await ApiResults.AfterChangeAsync(
            context, updated, TaskResource.From,
            async () => (await tasks.GetAsync(caller, accountId, taskId, cancellationToken)).Map(TaskResource.From));
    }

    private static async Task<IResult> CompleteAsync(string accountId, string taskId, HttpContext context, FollowUpService tasks, CancellationToken cancellationToken) =>
        ApiResults.From(context, await tasks.CompleteAsync(ApiCallers.Caller(context), accountId, taskId, cancellationToken), TaskResource.From);
}
