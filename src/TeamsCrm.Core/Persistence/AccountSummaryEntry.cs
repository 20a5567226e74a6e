namespace TeamsCrm.Core.Persistence;

/// <summary>An account by id as the index holds it: its name and owner, what a search preview shows of it.</summary>
public sealed record AccountSummaryEntry(string AccountId, string Name, PersonRef Owner);
