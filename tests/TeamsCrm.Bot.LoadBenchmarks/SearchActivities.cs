using System.Net;
using System.Text;

namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// The two ways to look a customer up by name, as Teams sends them: the message extension's
/// <c>composeExtension/query</c> invoke (the compose box's search command, the payload of the Teams documentation) and
/// the bot's "show {name}" message in the user's 1:1 chat (the bot's name search turn, answered with the customer card).
/// </summary>
internal static class SearchActivities
{
    public static byte[] Query(DemoPerson person, TeamsConversation conversation, string serviceUrl, string text)
    {
        var activity = InvokeActivity.Envelope("invoke", person, conversation, serviceUrl);
        activity["name"] = "composeExtension/query";
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "compose" };
        activity["value"] = new JsonObject
        {
            ["commandId"] = "searchRecords",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }

    public static byte[] ShowMessage(DemoPerson person, TeamsConversation conversation, string serviceUrl, string name)
    {
        var activity = InvokeActivity.Envelope("message", person, conversation, serviceUrl);
        activity["text"] = "show " + name;
        activity["textFormat"] = "plain";
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }

    /// <summary>A valid search answer: HTTP 200, <c>composeExtension.type</c> "result" with at least one attachment whose preview names <paramref name="name"/>.</summary>
    public static string? ProblemWithQueryAnswer(HttpStatusCode status, byte[] body, string name)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}";
        }

        var extension = JsonNode.Parse(body)?["composeExtension"];
        if (extension?["type"]?.GetValue<string>() != "result" || extension["attachments"] is not JsonArray attachments)
        {
            return "not a result: " + Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 300)];
        }

        return attachments.Any(a => a?["preview"]?["content"]?["title"]?.GetValue<string>() == name)
            ? null
            : $"\"{name}\" is not among the {attachments.Count} results";
    }
}
