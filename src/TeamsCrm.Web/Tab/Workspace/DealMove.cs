using TeamsCrm.Core.CustomerCards;
using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>A request to move a deal, as the viewer saw it (its version), to another stage.</summary>
public sealed record DealMove(DealView Deal, DealStage Stage);
