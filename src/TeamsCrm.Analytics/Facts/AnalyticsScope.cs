namespace TeamsCrm.Analytics.Facts;

/// <summary>
/// Whose deals a figure covers: the whole tenant, a team (a set of owners) or one person. The surfaces decide who
/// may ask for which scope (a guest gets none, or only their own shared deals); the engine only filters.
/// </summary>
public sealed class AnalyticsScope
{
    private AnalyticsScope(IReadOnlySet<string>? owners) => Owners = owners;

    /// <summary>The owners covered; null for the whole tenant.</summary>
    public IReadOnlySet<string>? Owners { get; }

    public static AnalyticsScope Tenant { get; } = new(null);

    public static AnalyticsScope Team(IEnumerable<string> ownerIds) =>
        new(ownerIds.ToHashSet(StringComparer.Ordinal));

    public static AnalyticsScope Person(string ownerId) => Team([ownerId]);

    public bool Includes(DealFact deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return Owners is null || Owners.Contains(deal.OwnerId);
    }
}
