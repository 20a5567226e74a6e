using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Comments;
using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.Deals;
using TeamsCrm.Core.Handoffs;
using TeamsCrm.Core.Interactions;
using TeamsCrm.Core.Partners;

namespace TeamsCrm.Core.Persistence;

/// <summary>
/// One account with what belongs to it, as read from its partition in one round trip:
/// all contacts, deals, handoffs and shares, and the newest comments and interactions.
/// </summary>
public sealed record AccountPartition(
    Account Account,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<Deal> Deals,
    IReadOnlyList<Handoff> Handoffs,
    IReadOnlyList<Share> Shares,
    IReadOnlyList<Comment> LatestComments,
    IReadOnlyList<Interaction> RecentInteractions)
{
    public Deal? FindDeal(string dealId) => Deals.FirstOrDefault(d => d.Id == dealId);

    public Handoff? FindHandoff(string handoffId) => Handoffs.FirstOrDefault(h => h.Id == handoffId);
}

/// <summary>How much of the feeds to read with the partition. Zero skips that feed's query.</summary>
public sealed record PartitionSlice(int Comments, int Interactions, bool SharedCommentsOnly)
{
    public static PartitionSlice CoreOnly { get; } = new(0, 0, false);
}
