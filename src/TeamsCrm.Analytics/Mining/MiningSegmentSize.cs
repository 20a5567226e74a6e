namespace TeamsCrm.Analytics.Mining;

/// <summary>One segment of the mining (an industry, size band, country or RFM segment) and how many accounts it has.</summary>
public sealed record MiningSegmentSize(SegmentDimension Dimension, string Value, int Accounts);
