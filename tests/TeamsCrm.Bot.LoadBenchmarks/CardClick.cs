namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// One Action.Execute as Teams sends it: the action's verb, its data with the card's inputs merged in, and
/// whether the user clicked ("manual") or the client refreshed the card by itself ("automatic").
/// </summary>
internal sealed record CardClick(string Verb, JsonObject Data, string Trigger)
{
    public const string Manual = "manual";
    public const string Automatic = "automatic";
}
