namespace TeamsCrm.Analytics.Mining;

/// <summary>What accounts are cut by in the data mining.</summary>
public enum SegmentDimension
{
    Industry,
    SizeBand,
    Country,
    RfmSegment,
}
