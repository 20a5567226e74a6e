namespace TeamsCrm.Core.Common;

/// <summary>One page of a list; <see cref="ContinueAfter"/> is the id to ask for the next page with, null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinueAfter);
