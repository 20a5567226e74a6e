namespace TeamsCrm.Core.MyWork;

/// <summary>One entry of a person's list, with the name of the account it belongs to.</summary>
public sealed record WorkItem<T>(string AccountId, string AccountName, T Item);
