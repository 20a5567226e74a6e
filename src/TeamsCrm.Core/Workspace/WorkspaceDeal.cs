using TeamsCrm.Core.CustomerCards;

namespace TeamsCrm.Core.Workspace;

/// <summary>A deal as the viewer may see it, and whether they may edit its fields (the stages they may move it to are in the view).</summary>
public sealed record WorkspaceDeal(DealView Deal, bool CanEdit);
