using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>An account the phrase may mean, with its similarity score (1 = the same significant name; see <see cref="NameSimilarity"/>).</summary>
public sealed record AccountCandidate(AccountSearchHit Account, double Score);
