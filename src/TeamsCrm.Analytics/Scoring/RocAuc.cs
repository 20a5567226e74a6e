namespace TeamsCrm.Analytics.Scoring;

/// <summary>
/// The area under the ROC curve: the chance that a random won deal scores higher than a random lost one (ties count
/// half), computed from rank sums (Mann–Whitney U). Null when one outcome is missing.
/// </summary>
public static class RocAuc
{
    public static double? Of(IReadOnlyList<(double Score, bool Won)> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var positives = scored.Count(s => s.Won);
        var negatives = scored.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var ordered = scored.OrderBy(s => s.Score).ToList();
        var rankSum = 0.0;
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j < ordered.Count && ordered[j].Score == ordered[i].Score)
            {
                j++;
            }

            var averageRank = (i + 1 + j) / 2.0;
            rankSum += averageRank * ordered.Skip(i).Take(j - i).Count(s => s.Won);
            i = j;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
