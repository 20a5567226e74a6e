using TeamsCrm.Analytics.Customers;
using TeamsCrm.Analytics.Texts;

namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// The mining in words, en/de (AnalyticsTexts "Mining.*"): a segment's name ("Industry Manufacturing", "RFM segment
/// loyal"), its counts ("56 of 65 accounts", "109 of 124 deals won"), rate with interval, base and lift, and "too few (n)"
/// for a cell below the minimum support — one sentence per cell for text alternatives and cards.
/// </summary>
public static class MiningWords
{
    public static string Dimension(SegmentDimension dimension, CultureInfo culture) => AnalyticsTexts.Get($"Mining.Dimension.{dimension}", culture);

    /// <summary>The segment's value as people read it: an RFM segment by its name ("loyal"), anything else as recorded.</summary>
    public static string Value(MiningCell cell, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Dimension == SegmentDimension.RfmSegment && Enum.TryParse<RfmSegment>(cell.Value, out var segment)
            ? AnalyticsTexts.Segment(segment, culture)
            : cell.Value;
    }

    /// <summary>"Industry Manufacturing".</summary>
    public static string Segment(MiningCell cell, CultureInfo culture) =>
        AnalyticsTexts.Format("Mining.Segment", culture, Dimension(cell.Dimension, culture), Value(cell, culture));

    /// <summary>"56 of 65 accounts" (interest) or "109 of 124 deals won" (conversion).</summary>
    public static string Counts(MiningCell cell, MiningKind kind, CultureInfo culture) =>
        AnalyticsTexts.Format($"Mining.{kind}.Counts", culture, cell.Successes, cell.Trials);

    /// <summary>"86 % (95 % interval 76 %–93 %)", or "too few (7)" below the minimum support.</summary>
    public static string Rate(MiningCell cell, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Rate is { } rate && cell.Interval is { } interval
            ? AnalyticsTexts.Format("Mining.Rate", culture, rate, interval.Lower, interval.Upper)
            : TooFew(cell.Trials, culture);
    }

    public static string TooFew(int trials, CultureInfo culture) => AnalyticsTexts.Format("Mining.TooFew", culture, trials);

    public static string Base(double baseRate, CultureInfo culture) => AnalyticsTexts.Format("Mining.Base", culture, baseRate);

    public static string Lift(double lift, CultureInfo culture) => AnalyticsTexts.Format("Mining.Lift", culture, lift);

    /// <summary>"Industry Manufacturing: 56 of 65 accounts, 86 % (95 % interval 76 %–93 %), base 33 %, lift 2.6"; a cell with too few: "…: 3 of 7 accounts, too few (7)".</summary>
    public static string Sentence(MiningCell cell, MiningKind kind, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Lift is { } lift && cell.BaseRate is { } baseRate && !cell.TooFew
            ? AnalyticsTexts.Format("Mining.Sentence", culture, Segment(cell, culture), Counts(cell, kind, culture), Rate(cell, culture), Base(baseRate, culture), Lift(lift, culture))
            : AnalyticsTexts.Format("Mining.SentenceTooFew", culture, Segment(cell, culture), Counts(cell, kind, culture), Rate(cell, culture));
    }
}
