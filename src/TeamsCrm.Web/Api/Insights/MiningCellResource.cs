using System.Globalization;
using TeamsCrm.Analytics.Mining;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>
/// One segment × product cell: the segment (dimension, value and its name in the request's language), successes of
/// trials, and — unless <see cref="TooFew"/> (fewer trials than the minimum support) — the rate, its 95 % Wilson
/// interval, the base rate, the lift and the conservative lift (interval's lower bound ÷ base) it is ranked by.
/// Rates are fractions 0–1. <see cref="Text"/>: the cell in one sentence.
/// </summary>
public sealed record MiningCellResource(
    SegmentDimension Dimension,
    string Value,
    string Segment,
    int Successes,
    int Trials,
    bool TooFew,
    double? Rate,
    double? Lower,
    double? Upper,
    double? BaseRate,
    double? Lift,
    double? ConservativeLift,
    bool ExceedsBase,
    string Text)
{
    public static MiningCellResource From(MiningCell cell, MiningKind kind)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var culture = CultureInfo.CurrentUICulture;
        return new(
            cell.Dimension,
            cell.Value,
            MiningWords.Segment(cell, culture),
            cell.Successes,
            cell.Trials,
            cell.TooFew,
            cell.Rate,
            cell.Interval?.Lower,
            cell.Interval?.Upper,
            cell.BaseRate,
            cell.Lift,
            cell.ConservativeLift,
            cell.ExceedsBase,
            MiningWords.Sentence(cell, kind, culture));
    }
}
