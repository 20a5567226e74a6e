using TeamsCrm.Core.Deals;

namespace TeamsCrm.Core.Application;

/// <summary>A deal the caller may see and act on, with its account partition and the caller's access.</summary>
public sealed record VisibleDeal(AccountPartition Partition, AccountAccess Access, Deal Deal);
