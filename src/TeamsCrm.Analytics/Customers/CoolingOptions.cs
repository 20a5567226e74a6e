namespace TeamsCrm.Analytics.Customers;

/// <summary>
/// When an account counts as going cold: threshold = max(<see cref="MinimumDays"/>, median gap × <see cref="Factor"/>)
/// once it has at least <see cref="MinimumGaps"/> gaps between touchpoints; before that, <see cref="DefaultDays"/>.
/// </summary>
public sealed record CoolingOptions
{
    public double Factor { get; init; } = 2;
    public double MinimumDays { get; init; } = 14;
    public double DefaultDays { get; init; } = 60;
    public int MinimumGaps { get; init; } = 2;

    /// <summary>Rejects settings that cannot describe a rhythm, naming the setting.</summary>
    public void Validate()
    {
        Require(Factor > 0, nameof(Factor), "must be positive");
        Require(MinimumDays >= 0, nameof(MinimumDays), "must not be negative");
        Require(DefaultDays > 0, nameof(DefaultDays), "must be positive");
        Require(MinimumGaps >= 1, nameof(MinimumGaps), "must be at least 1");
    }

    private static void Require(bool valid, string setting, string rule)
    {
        if (!valid)
        {
            throw new ArgumentException($"Cooling setting {setting} {rule}.", setting);
        }
    }
}
