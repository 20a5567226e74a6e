using TeamsCrm.Core.Accounts;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// The outcome of <see cref="AccountResolver.ResolveAsync"/>: for SingleMatch the one match, for Choices up to
/// five candidates best first, for NoMatch up to three near suggestions (possibly none).
/// </summary>
public sealed record AccountResolution(AccountResolutionKind Kind, IReadOnlyList<AccountCandidate> Candidates)
{
    public static readonly AccountResolution Nothing = new(AccountResolutionKind.NoMatch, []);

    /// <summary>The account when <see cref="Kind"/> is SingleMatch, otherwise null.</summary>
    public AccountSearchHit? Match => Kind == AccountResolutionKind.SingleMatch ? Candidates[0].Account : null;
}
