using System.Text.Json.Nodes;

namespace TeamsCrm.TestSupport.Graph;

/// <summary>One answer of the Graph stub: status, JSON body, extra headers (e.g. Retry-After) and an optional delay.</summary>
public sealed record StubResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>How long the stub waits before answering (a slow or hanging Graph).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>A binary body (a photo's $value) instead of JSON.</summary>
    public byte[]? Bytes { get; init; }

    public string ContentType { get; init; } = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    /// <summary>For POST /$batch: answer each sub-request from the stub's routes, as Graph's JSON batch does.</summary>
    public static StubResponse Batch { get; } = new(0, null);

    public static StubResponse Ok(JsonNode body) => new(200, body);

    public static StubResponse Image(byte[] bytes, string contentType = "image/jpeg") => new(200, null) { Bytes = bytes, ContentType = contentType };

    /// <summary>Graph's 503 for a service that is briefly unavailable.</summary>
    public static StubResponse Unavailable() => new(503, GraphPayloads.Error("serviceNotAvailable", "The service is temporarily unavailable."));

    /// <summary>Graph's 404 for a user without a photo.</summary>
    public static StubResponse NoPhoto() => new(404, GraphPayloads.Error("ImageNotFound", "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."));

    /// <summary>Graph's 404 for a missing user or manager.</summary>
    public static StubResponse NotFound(string resource) => new(404, GraphPayloads.Error(
        "Request_ResourceNotFound",
        $"Resource '{resource}' does not exist or one of its queried reference-property objects are not present."));

    /// <summary>Graph's throttling answer: 429 with Retry-After in seconds.</summary>
    public static StubResponse Throttled(int retryAfterSeconds) => new(
        429,
        GraphPayloads.Error("TooManyRequests", "Too many requests. Please retry again later."),
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
