namespace TeamsCrm.Core.Deals;

/// <summary>The pipeline. A lead is a deal in <see cref="New"/> or <see cref="Qualified"/>.</summary>
public enum DealStage
{
    New,
    Qualified,
    Proposal,
    Negotiation,
    Won,
    Lost,
}
