namespace TeamsCrm.Analytics.Pipeline;

/// <summary>The pipeline's forward order: New, Qualified, Proposal, Negotiation, Won. Lost is off the line.</summary>
public static class StageOrder
{
    public static IReadOnlyList<DealStage> Forward { get; } =
        [DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation, DealStage.Won];

    public static IReadOnlyList<DealStage> Open { get; } =
        [DealStage.New, DealStage.Qualified, DealStage.Proposal, DealStage.Negotiation];

    /// <summary>The stage's place on the line; −1 for Lost.</summary>
    public static int IndexOf(DealStage stage) => stage == DealStage.Lost ? -1 : (int)stage;

    /// <summary>
    /// The furthest stage a deal reached: the highest of its history and its current stage. Every deal counts as having
    /// reached New (it entered the pipeline), so a deal lost without history reached New.
    /// </summary>
    public static int FurthestReached(DealFact deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return deal.StageHistory.Select(h => IndexOf(h.Stage)).Append(IndexOf(deal.Stage)).Append(0).Max();
    }
}
