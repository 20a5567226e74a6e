using TeamsCrm.Analytics.Facts;

namespace TeamsCrm.Storage.Analytics;

/// <summary>
/// One deal's change to the pipeline books: what it contributes now (<see cref="Old"/>; null: nothing, with no row or a
/// tombstone) on the row's <see cref="OldVersion"/> (null: no row yet), and what its fact rows say it should contribute
/// (<see cref="New"/>, from fact version <see cref="NewVersion"/>; null: the deal is gone). Equal JSON means nothing to
/// do, which is what makes a redelivered change a no-op (confirmed by a write on the row's ETag, see <see cref="PipelineBooks"/>).
/// </summary>
internal sealed record DealContribution(string AccountId, string DealId, DealFact? Old, ETag? OldVersion, DealFact? New, string NewVersion)
{
    public bool IsNone => BookRows.ContributionJson(Old) == BookRows.ContributionJson(New);

    /// <summary>The owners whose books the change touches: the old owner and the new one.</summary>
    public IEnumerable<string> Owners => new[] { Old?.OwnerId, New?.OwnerId }.OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Table actions besides the books': the contribution row and the slipped-deals range row(s).</summary>
    public int ActionCount => 1 + (BookRows.DueKey(Old) is null ? 0 : 1) + (BookRows.DueKey(New) is null ? 0 : 1);
}
