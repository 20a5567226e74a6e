using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace TeamsCrm.TestSupport.Graph;

public sealed partial class GraphStub
{
    /// <summary>
    /// Graph's JSON batch: {"requests":[{"id","method","url","headers","body"}]} in, {"responses":[{"id","status",
    /// "headers","body"}]} out with 200 — each sub-request answered from the routes (a path nobody configured: 500),
    /// recorded as its own request (<see cref="RecordedRequest.InBatch"/>). A sub-response may be a 404, 429, 503…
    /// </summary>
    private StubResponse AnswerBatch(string? body)
    {
        var requests = (JsonNode.Parse(body ?? "{}")?["requests"] as JsonArray) ?? [];
        var responses = new JsonArray();
        foreach (var step in requests.OfType<JsonObject>())
        {
            var id = step["id"]?.GetValue<string>() ?? string.Empty;
            var url = step["url"]?.GetValue<string>() ?? string.Empty;
            var question = url.IndexOf('?', StringComparison.Ordinal);
            var path = "/v1.0" + (question < 0 ? url : url[..question]);
            var query = question < 0 ? [] : QueryHelpers.ParseQuery(url[question..]).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            var headers = (step["headers"] as JsonObject)?.ToDictionary(h => h.Key, h => h.Value?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _requests.Enqueue(new RecordedRequest(step["method"]?.GetValue<string>() ?? "GET", path, query, null, headers, step["body"]?.ToJsonString(), InBatch: true));

            var answer = Next(path) ?? new StubResponse(500, GraphPayloads.Error("StubNotConfigured", $"The stub has no answer for {path}."));
            var responseHeaders = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                responseHeaders[name] = value;
            }

            responses.Add(new JsonObject
            {
                ["id"] = id,
                ["status"] = answer.Status,
                ["headers"] = responseHeaders,
                ["body"] = answer.Body?.DeepClone(),
            });
        }

        return StubResponse.Ok(new JsonObject { ["responses"] = responses });
    }
}
