namespace TeamsCrm.Core.Common;

/// <summary>A record the store keeps with a version: updates and deletes of it must present the version it was read with.</summary>
public abstract record VersionedRecord
{
    /// <summary>The storage's opaque version (ETag); null on a record not yet stored.</summary>
    public string? Version { get; init; }
}
