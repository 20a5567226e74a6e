namespace TeamsCrm.Analytics.CallList;

/// <summary>One owner's call-list candidates as computed at <see cref="ComputedAt"/>: their highest-priority open deals (at most <see cref="Keep"/>).</summary>
public sealed record OwnerCallCandidates(string OwnerId, DateTimeOffset ComputedAt, IReadOnlyList<CallCandidate> Deals)
{
    /// <summary>How many candidates an owner's row keeps (the call list shows at most 50).</summary>
    public const int Keep = 60;
}
