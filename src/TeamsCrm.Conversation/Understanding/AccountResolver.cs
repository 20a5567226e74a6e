using TeamsCrm.Core.Accounts;
using TeamsCrm.Core.Search;

namespace TeamsCrm.Conversation.Understanding;

/// <summary>
/// Finds the account a phrase means, through <see cref="AccountSearch"/> (so only accounts the caller
/// may see), tolerating typos, case, umlauts as ae/oe/ue/ss and legal forms. Searches the full folded
/// phrase first; while nothing confident turns up, shorter prefixes of its words (4, then 3
/// characters; 2 as a last resort), then ranks all hits by <see cref="NameSimilarity"/>.
/// </summary>
public sealed class AccountResolver(AccountSearch search) : IAccountResolver
{
    public const double Confident = 0.8;
    public const double Plausible = 0.6;
    public const double Near = 0.4;
    public const double Margin = 0.1;
    public const int MaxChoices = 5;
    public const int MaxSuggestions = 3;

    private const int MaxWords = 6;
    private const int Take = 20;

    public async Task<AccountResolution> ResolveAsync(Caller caller, string? phrase, CancellationToken cancellationToken = default) =>
        Decide(await RankAsync(caller, phrase, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Every account the phrase could mean (similarity at least <see cref="Near"/>), best first: the same search as
    /// <see cref="ResolveAsync"/> without deciding on one (the message extension's result list).
    /// </summary>
    public async Task<IReadOnlyList<AccountCandidate>> FindAsync(Caller caller, string? phrase, CancellationToken cancellationToken = default) =>
        (await RankAsync(caller, phrase, cancellationToken).ConfigureAwait(false)).Where(c => c.Score >= Near).ToArray();

    private async Task<List<AccountCandidate>> RankAsync(Caller caller, string? phrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        phrase = Utf16.Valid(phrase);
        var words = NameFolding.SignificantWords(phrase).Take(MaxWords).Select(w => w.Length > 40 ? w[..40] : w).ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        var hits = new Dictionary<string, AccountSearchHit>(StringComparer.Ordinal);
        var ranked = new List<AccountCandidate>();
        foreach (var query in Queries(words))
        {
            if (query.Length <= 2 && ranked.Count > 0 && hits.Count > 0)
            {
                break;
            }

            var result = await search.SearchAsync(caller, query, Take, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess)
            {
                foreach (var hit in result.Value)
                {
                    hits.TryAdd(hit.AccountId, hit);
                }
            }

            ranked = Rank(phrase, hits.Values);
            if (ranked.Count > 0 && ranked[0].Score >= Confident)
            {
                break;
            }
        }

        return ranked;
    }

    private static IEnumerable<string> Queries(string[] words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queries = new List<string> { string.Join(' ', words) };
        queries.AddRange(words.Select(w => w[..Math.Min(4, w.Length)]));
        queries.AddRange(words.Select(w => w[..Math.Min(3, w.Length)]));
        queries.AddRange(words.Where(w => w.Length >= 2).Select(w => w[..2]));
        return queries.Where(q => q.Length >= 2 || words.Length == 1).Where(seen.Add);
    }

    private static List<AccountCandidate> Rank(string phrase, IEnumerable<AccountSearchHit> hits) =>
        hits.Select(h => new AccountCandidate(h, NameSimilarity.Score(phrase, h.Name)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Account.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static AccountResolution Decide(List<AccountCandidate> ranked)
    {
        if (ranked.Count > 0 && ranked[0].Score >= Confident && (ranked.Count == 1 || ranked[1].Score < ranked[0].Score - Margin))
        {
            return new AccountResolution(AccountResolutionKind.SingleMatch, [ranked[0]]);
        }

        var plausible = ranked.Where(c => c.Score >= Plausible).Take(MaxChoices).ToArray();
        return plausible.Length > 0
            ? new AccountResolution(AccountResolutionKind.Choices, plausible)
            : new AccountResolution(AccountResolutionKind.NoMatch, ranked.Where(c => c.Score >= Near).Take(MaxSuggestions).ToArray());
    }
}
