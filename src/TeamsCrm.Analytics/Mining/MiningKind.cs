namespace TeamsCrm.Analytics.Mining;

/// <summary>Which side of the mining a surface asks for: interest (which segments look at a product) or conversion (which win with it).</summary>
public enum MiningKind
{
    Interest,
    Conversion,
}
