namespace TeamsCrm.Core.Accounts;

/// <summary>One account found by name.</summary>
public sealed record AccountSearchHit(string AccountId, string Name, string? Industry, string? City);
