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
}
