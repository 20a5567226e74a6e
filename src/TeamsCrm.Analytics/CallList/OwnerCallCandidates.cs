namespace TeamsCrm.Analytics.CallList;

/// <summary>
/// One owner's call-list candidates as computed at <see cref="ComputedAt"/>: their open deals that can be among the
/// <see cref="Keep"/> highest priorities on any day of the <see cref="WindowDays"/> after it, highest first.
/// </summary>
public sealed record OwnerCallCandidates(string OwnerId, DateTimeOffset ComputedAt, IReadOnlyList<CallCandidate> Deals)
{
    /// <summary>How many candidates an owner's row keeps (the call list shows at most 50).</summary>
    public const int Keep = 60;

    /// <summary>How many days after <see cref="ComputedAt"/> the kept candidates answer the list exactly.</summary>
    public const int WindowDays = 7;
}
