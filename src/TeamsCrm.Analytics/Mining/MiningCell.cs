using TeamsCrm.Analytics.Statistics;

namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// One segment × product cell: <see cref="Successes"/> of <see cref="Trials"/> (interested accounts of the segment's
/// accounts, or won of the closed deals with the product), the rate, the <see cref="BaseRate"/> (the product's
/// interest over all accounts, or the tenant's overall win rate), the lift (rate ÷ base rate) and the 95 % Wilson interval of the rate. Below the minimum
/// support the cell is <see cref="TooFew"/>: only its counts are given, no rate, lift or interval.
/// </summary>
public sealed record MiningCell(
    SegmentDimension Dimension,
    string Value,
    string ProductId,
    int Successes,
    int Trials,
    double? BaseRate,
    bool TooFew)
{
    public double? Rate => TooFew ? null : Descriptive.Rate(Successes, Trials);

    public double? Lift => Rate is { } rate && BaseRate is > 0 ? rate / BaseRate : null;

    public WilsonInterval? Interval => TooFew ? null : WilsonInterval.Of(Successes, Trials);

    /// <summary>The interval's lower bound ÷ the base rate: the lift the data supports at least; cells rank by it.</summary>
    public double? ConservativeLift => Interval is { } interval && BaseRate is > 0 ? interval.Lower / BaseRate : null;

    /// <summary>True when the whole interval lies above the base rate: the segment's higher rate is not a small-sample accident.</summary>
    public bool ExceedsBase => Interval is { } interval && BaseRate is { } rate && interval.Lower > rate;
}
