using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// A successful JSON answer of the API, written in one piece with its Content-Length (no chunked encoding, no second
/// write for the end of the body): the value serialised with the app's JSON options, whose metadata for the API's
/// resources is source-generated (<see cref="ApiJsonContext"/>).
/// </summary>
internal sealed class ApiJsonResult<TValue>(TValue value, int statusCode, string? location = null) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<TValue>
{
    public const string ContentType = "application/json; charset=utf-8";

    public TValue? Value => value;

    public int? StatusCode => statusCode;

    object? IValueHttpResult.Value => value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue)));
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body, httpContext.RequestAborted);
    }
}
