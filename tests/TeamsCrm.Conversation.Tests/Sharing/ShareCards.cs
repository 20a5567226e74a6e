using System.Text.Encodings.Web;

namespace TeamsCrm.Conversation.Tests.Sharing;

/// <summary>Reads the share cards the way Teams would act on them: the data of the button with a verb (and a title).</summary>
internal static class ShareCards
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(JsonNode card) => card.ToJsonString(Readable);

    /// <summary>The data of the Action.Execute with <paramref name="verb"/> (and, when given, <paramref name="title"/>); fails when there is none.</summary>
    public static JsonObject Button(JsonObject card, string verb, string? title = null)
    {
        var found = new List<JsonObject>();
        JsonTree.ForEachObject(card, o =>
        {
            if (o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb
                && (title is null || o["title"]?.GetValue<string>() == title))
            {
                found.Add((JsonObject)o["data"]!.DeepClone());
            }
        });
        return Assert.Single(found);
    }

    public static int Buttons(JsonObject card, string verb)
    {
        var count = 0;
        JsonTree.ForEachObject(card, o => count += o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb ? 1 : 0);
        return count;
    }
}
