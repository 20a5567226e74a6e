namespace TeamsCrm.Conversation.Insights;

/// <summary>One bar: a solid part (e.g. won, or weighted) with a light part stacked on it (e.g. the rest of the amount). Whole units, never negative.</summary>
public sealed record ChartBar(long Solid, long Light)
{
    public long Total => Solid + Light;

    public static ChartBar Of(decimal solid, decimal light) => new(Whole(solid), Whole(light));

    private static long Whole(decimal value) => value <= 0 ? 0 : value >= long.MaxValue / 4 ? long.MaxValue / 4 : (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
