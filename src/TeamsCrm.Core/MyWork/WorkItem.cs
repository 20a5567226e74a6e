namespace TeamsCrm.Core.MyWork;

/// <summary>One entry of a person's list, with the name of the account it belongs to.</summary>
public sealed record WorkItem<T>(string AccountId, string AccountName, T Item)
{
    /// <summary>The title of the deal the entry is about (a handoff's deal), read with the entry; null when it is not about one.</summary>
    public string? DealTitle { get; init; }
}
