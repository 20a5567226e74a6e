using System.Text.Json;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Hosting;

/// <summary>
/// Answers the API's requests that fail before an endpoint runs with problem details too: a body that is not JSON of the
/// expected shape (400, naming the JSON path when the parser knows it), an address with no endpoint (the same 404 as a
/// missing record), a wrong method (405) or content type (415). ASP.NET Core throws for a bad body in Development and only
/// sets 400 elsewhere; both end here.
/// </summary>
internal sealed partial class ApiRequestProblems(RequestDelegate next, ILogger<ApiRequestProblems> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            LogBadRequest(logger, context.Request.Method, context.Request.Path, ex.Message);
            context.Response.StatusCode = ex.StatusCode;
            await ProblemFor(ex).ExecuteAsync(context);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null
            && StatusProblem(context.Response.StatusCode) is { } problem)
        {
            await problem.ExecuteAsync(context);
        }
    }

    private static IResult ProblemFor(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return StatusProblem(exception.StatusCode) ?? ApiProblems.ApiProblem(exception.StatusCode, "Api.BadRequest");
        }

        // A value of the wrong type names its field; broken JSON (the reader's own exception inside) is the body's problem.
        return exception.InnerException is JsonException { Path: { Length: > 2 } path, InnerException: not JsonException }
            ? ApiProblems.InvalidField(FieldName(path), "Api.InvalidValue")
            : ApiProblems.ApiProblem(StatusCodes.Status400BadRequest, "Api.InvalidBody");
    }

    private static IResult? StatusProblem(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ApiProblems.ApiProblem(status, "Api.InvalidBody"),
        StatusCodes.Status404NotFound => ApiProblems.NotFound(),
        StatusCodes.Status405MethodNotAllowed => ApiProblems.ApiProblem(status, "Api.MethodNotAllowed"),
        StatusCodes.Status415UnsupportedMediaType => ApiProblems.ApiProblem(status, "Api.UnsupportedMediaType"),
        _ => null,
    };

    /// <summary>"$.address.city" → "address.city", "$.mentions[0].userId" → "mentions[0].userId": the field's name in the body.</summary>
    private static string FieldName(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "API request {Method} {Path} refused before its endpoint: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string method, PathString path, string reason);
}
