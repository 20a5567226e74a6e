namespace TeamsCrm.Core.Deals;

/// <summary>
/// The allowed stage transitions: one step forward or back through the open stages, Lost from any
/// open stage, Won from Proposal or Negotiation. Won and Lost are final.
/// </summary>
public static class DealStages
{
    private static readonly Dictionary<DealStage, DealStage[]> Allowed = new()
    {
        [DealStage.New] = [DealStage.Qualified, DealStage.Lost],
        [DealStage.Qualified] = [DealStage.New, DealStage.Proposal, DealStage.Lost],
        [DealStage.Proposal] = [DealStage.Qualified, DealStage.Negotiation, DealStage.Won, DealStage.Lost],
        [DealStage.Negotiation] = [DealStage.Proposal, DealStage.Won, DealStage.Lost],
        [DealStage.Won] = [],
        [DealStage.Lost] = [],
    };

    public static bool IsOpen(DealStage stage) => stage is not (DealStage.Won or DealStage.Lost);

    public static bool IsLead(DealStage stage) => stage is DealStage.New or DealStage.Qualified;

    public static bool CanMove(DealStage from, DealStage to) => Allowed[from].Contains(to);

    public static IReadOnlyList<DealStage> NextStages(DealStage from) => Allowed[from];

    /// <summary>The default win probability for a stage, used when a deal enters it.</summary>
    public static int DefaultProbability(DealStage stage) => stage switch
    {
        DealStage.New => 10,
        DealStage.Qualified => 25,
        DealStage.Proposal => 50,
        DealStage.Negotiation => 75,
        DealStage.Won => 100,
        _ => 0,
    };
}
