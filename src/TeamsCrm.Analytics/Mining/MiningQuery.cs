namespace TeamsCrm.Analytics.Mining;

/// <summary>What a surface asks of the data mining; every filter is optional (null: all dimensions, products, both kinds).</summary>
public sealed record MiningQuery(SegmentDimension? Dimension = null, string? ProductId = null, MiningKind? Kind = null)
{
    public bool Wants(MiningKind kind) => Kind is null || Kind == kind;
}
