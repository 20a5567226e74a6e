using System.Net;

namespace TeamsCrm.Bot.LoadBenchmarks;

internal enum AnswerKind
{
    /// <summary>A customer card (it carries the card.refresh of Universal Actions).</summary>
    CustomerCard,

    /// <summary>Another card, e.g. a "my deals" list.</summary>
    OtherCard,

    /// <summary>The error card of a write on a stale version ("Changed in the meantime"): a valid answer, counted apart.</summary>
    Conflict,

    /// <summary>Anything else; one failure makes the run invalid.</summary>
    Failure,
}

/// <summary>The app's answer to one invoke: HTTP 200 with {statusCode: 200, type: the Adaptive Card type, value: the card}.</summary>
internal sealed record InvokeAnswer(AnswerKind Kind, JsonObject? Card, string? Problem)
{
    // The English titles of the error card (CardStrings.resx "Error.Title.*"); the harness sends locale en-US.
    private const string ConflictTitle = "Changed in the meantime";
    private static readonly string[] ErrorTitles = ["Not found", "Please check your input", "That is not possible", "Not allowed"];

    public static InvokeAnswer Read(CardClick click, HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK)
        {
            return Fail($"HTTP {(int)status}");
        }

        JsonObject? response;
        try
        {
            response = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException ex)
        {
            return Fail("body is not JSON: " + ex.Message);
        }

        if (response?["statusCode"]?.GetValue<int>() != 200
            || response["type"]?.GetValue<string>() != "application/vnd.microsoft.card.adaptive"
            || response["value"] is not JsonObject card
            || card["type"]?.GetValue<string>() != "AdaptiveCard")
        {
            return Fail("not an Adaptive Card answer: " + Clip(response?.ToJsonString()));
        }

        var title = card["body"] is JsonArray { Count: > 0 } items ? items[0]?["text"]?.GetValue<string>() : null;
        if (title == ConflictTitle)
        {
            return new InvokeAnswer(AnswerKind.Conflict, card, null);
        }

        if (title is not null && ErrorTitles.Contains(title))
        {
            return Fail($"error card \"{title}\": " + Clip(card["body"]?.ToJsonString()));
        }

        var customer = card["refresh"]?["action"]?["verb"]?.GetValue<string>() == CardVerbs.Refresh;
        var expectsCustomerCard = click.Verb is not (CardVerbs.ShowMyDeals or CardVerbs.ShowMyTasks);
        return customer == expectsCustomerCard
            ? new InvokeAnswer(customer ? AnswerKind.CustomerCard : AnswerKind.OtherCard, card, null)
            : Fail($"unexpected card for {click.Verb}: " + Clip(card["body"]?.ToJsonString()));
    }

    public static InvokeAnswer Fail(string problem) => new(AnswerKind.Failure, null, problem);

    private static string Clip(string? text) => text is null ? "(none)" : text.Length <= 300 ? text : text[..300] + " …";
}
