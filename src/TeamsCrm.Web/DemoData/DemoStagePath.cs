using TeamsCrm.Analytics.Facts;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.DemoData;

/// <summary>
/// The stages a demo history deal goes through, with dates: the generator's stages (New, Qualified, Proposal, maybe
/// Negotiation, then Won or Lost at its close — won from Proposal skips Negotiation, lost may come from any stage), some
/// falling back a step and coming again (a proposal sent back to qualification, a negotiation back to the proposal),
/// and each stay as long as the stage usually takes: proposals and negotiations longer than a first qualification.
/// Every step is one <see cref="DealStages.CanMove"/> allows; the moments rise strictly from the creation to the close.
/// </summary>
internal static class DemoStagePath
{
    /// <summary>How long a stay in each open stage takes relative to the others (before a random factor of 0.5–1.5).</summary>
    private static readonly Dictionary<DealStage, double> Weight = new()
    {
        [DealStage.New] = 1.0,
        [DealStage.Qualified] = 1.6,
        [DealStage.Proposal] = 2.6,
        [DealStage.Negotiation] = 1.8,
    };

    public static IReadOnlyList<StageChange> For(DealFact deal, Random random)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(random);
        var closed = deal.ClosedAt ?? throw new ArgumentException("A demo history deal is closed.", nameof(deal));
        var stages = deal.StageHistory.Select(h => h.Stage).Where(DealStages.IsOpen).ToList();
        if (stages.Count == 0 || stages[0] != DealStage.New)
        {
            stages.Insert(0, DealStage.New);
        }

        FallBack(stages, random);
        var weights = stages.Select(stage => Weight[stage] * (0.5 + random.NextDouble())).ToList();
        var total = (closed - deal.CreatedAt).Ticks;
        var path = new List<StageChange>();
        var elapsed = 0d;
        for (var i = 0; i < stages.Count; i++)
        {
            var at = deal.CreatedAt.AddTicks((long)(total * elapsed / weights.Sum()));
            path.Add(new StageChange(stages[i], i == 0 || at > path[^1].EnteredAt ? at : path[^1].EnteredAt.AddMinutes(1)));
            elapsed += weights[i];
        }

        path.Add(new StageChange(deal.Stage, closed > path[^1].EnteredAt ? closed : path[^1].EnteredAt.AddMinutes(1)));
        return path;
    }

    /// <summary>About one deal in five that reached a proposal falls back a step once and comes again.</summary>
    private static void FallBack(List<DealStage> stages, Random random)
    {
        var candidates = Enumerable.Range(1, stages.Count - 1).Where(i => stages[i] is DealStage.Proposal or DealStage.Negotiation).ToList();
        if (candidates.Count == 0 || random.NextDouble() >= 0.2)
        {
            return;
        }

        var at = candidates[random.Next(candidates.Count)];
        stages.InsertRange(at + 1, [stages[at - 1], stages[at]]);
    }
}
