namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// Interest (which segments look at which product) and conversion (which segments win with it), each ranked by
/// conservative lift, cells with too few observations last.
/// </summary>
public sealed record MiningReport(IReadOnlyList<MiningCell> Interest, IReadOnlyList<MiningCell> Conversion, int MinimumSupport);
