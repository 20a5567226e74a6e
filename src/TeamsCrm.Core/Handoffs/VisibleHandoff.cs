using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Handoffs;

/// <summary>One handoff as a caller may see it, with its deal and the account's name (what a handoff card shows).</summary>
public sealed record VisibleHandoff(Handoff Handoff, Deal Deal, string AccountName);
