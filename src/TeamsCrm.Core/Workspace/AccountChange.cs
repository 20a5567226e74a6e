namespace TeamsCrm.Core.Workspace;

/// <summary>
/// That an account's records changed: which kinds ("Comment", "Deal", …) and who changed them. Carries no record
/// data, so whoever listens learns nothing they could not read themselves; they read again through the use cases.
/// </summary>
public sealed record AccountChange(string TenantId, string AccountId, IReadOnlySet<string> RecordKinds, IReadOnlySet<string> ActorIds)
{
    public bool Touches(string recordKind) => RecordKinds.Contains(recordKind);

    /// <summary>True when someone other than <paramref name="userId"/> made (part of) the change.</summary>
    public bool IsByOtherThan(string userId) => ActorIds.Count == 0 || ActorIds.Any(a => !string.Equals(a, userId, StringComparison.OrdinalIgnoreCase));
}
