namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>What /api/messages answered: the HTTP status and the invoke body, or why no answer came.</summary>
internal sealed record BotAnswer(HttpStatusCode? Status, JsonObject? Body, string? Failure)
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";
    private const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>The card of an adaptiveCard/action answer (HTTP 200, statusCode 200, an Adaptive Card).</summary>
    public JsonObject? Card =>
        Status == HttpStatusCode.OK && Body?["statusCode"]?.GetValue<int>() == 200 && Body["type"]?.GetValue<string>() == CardType
            ? Body["value"] as JsonObject
            : null;

    /// <summary>The text of a message answer (the client shows it and keeps the clicked card).</summary>
    public string? MessageText =>
        Status == HttpStatusCode.OK && Body?["statusCode"]?.GetValue<int>() == 200 && Body["type"]?.GetValue<string>() == MessageType
            ? Body["value"]?.GetValue<string>()
            : null;

    /// <summary>The first text of the card (its title).</summary>
    public string? CardTitle => Card?["body"] is JsonArray { Count: > 0 } body ? body[0]?["text"]?.GetValue<string>() : null;

    public override string ToString() => Failure ?? $"{(int?)Status} {Body?.ToJsonString()}";
}
