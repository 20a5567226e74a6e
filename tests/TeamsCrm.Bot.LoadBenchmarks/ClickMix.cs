namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>
/// What the virtual users click, in per cent. Mostly the refresh every viewer of a customer card triggers
/// (Universal Actions refresh the card for each viewer when it is shown); then the card's own actions
/// on the card the user last received; a few personal lists from the help card.
/// </summary>
internal static class ClickMix
{
    public static IReadOnlyList<(string Verb, int Percent)> Weights { get; } =
    [
        (CardVerbs.Refresh, 70),
        (CardVerbs.AddComment, 10),
        (CardVerbs.ChangeDealStage, 8),
        (CardVerbs.LogInteraction, 7),
        (CardVerbs.ShowMyDeals, 3),
        (CardVerbs.ShowMyTasks, 2),
    ];

    public static string Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (verb, percent) in Weights)
        {
            if (roll < percent)
            {
                return verb;
            }

            roll -= percent;
        }

        return CardVerbs.Refresh;
    }
}
