namespace TeamsCrm.Graph.People;

/// <summary>"Best first" for people searches: display-name matches before matches on other names or the email, then alphabetical.</summary>
internal static class PeopleRanking
{
    public static IReadOnlyList<Person> BestFirst(IEnumerable<Person> matches, Func<Person, bool> matchesDisplayName, int take) =>
        matches
            .DistinctBy(p => p.UserId, StringComparer.OrdinalIgnoreCase)
            .OrderBy(p => matchesDisplayName(p) ? 0 : 1)
            .ThenBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.UserId, StringComparer.Ordinal)
            .Take(take)
            .ToArray();
}
