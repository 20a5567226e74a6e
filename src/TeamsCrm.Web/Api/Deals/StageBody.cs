using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Api.Deals;

/// <summary>The stage to move a deal to; the pipeline decides which steps are allowed (the deal's allowedStages).</summary>
public sealed record StageBody(DealStage? Stage);
