using System.Text.Json.Nodes;

namespace TeamsCrm.Graph.Tests.Stub;

/// <summary>One answer of the Graph stub: status, JSON body, extra headers (e.g. Retry-After) and an optional delay.</summary>
public sealed record StubResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>How long the stub waits before answering (a slow or hanging Graph).</summary>
    public TimeSpan Delay { get; init; }

    public static StubResponse Ok(JsonNode body) => new(200, body);

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
