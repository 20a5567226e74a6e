namespace TeamsCrm.Analytics.Statistics;

/// <summary>
/// The Wilson score interval of a proportion (95 % by default, z = 1.96): for s successes in n trials,
/// centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n). Unlike p ± z·√(p(1−p)/n) it
/// stays within [0, 1] and is wide for small samples, so a 2-of-2 cell is not shown as "100 %".
/// </summary>
public sealed record WilsonInterval(double Lower, double Upper)
{
    public const double Z95 = 1.959963984540054;

    public static WilsonInterval? Of(int successes, int trials, double z = Z95)
    {
        if (trials <= 0)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var halfWidth = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        return new WilsonInterval(Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
    }

    public bool Contains(double value) => value >= Lower && value <= Upper;
}
