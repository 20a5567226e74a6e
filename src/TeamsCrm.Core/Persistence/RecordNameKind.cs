namespace TeamsCrm.Core.Persistence;

/// <summary>Which record name index a search asks (accounts have their own, <see cref="ICrmIndex.SearchAccountNamesAsync"/>).</summary>
public enum RecordNameKind
{
    Deal,
    Contact,
}
