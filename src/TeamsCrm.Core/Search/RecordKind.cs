namespace TeamsCrm.Core.Search;

/// <summary>What a record search hit is.</summary>
public enum RecordKind
{
    Account,
    Deal,
    Contact,
}
