using TeamsCrm.Core.Deals;

namespace TeamsCrm.Web.Api.Insights;

/// <summary>Velocity of one open stage: how many finished stays and their mean in whole days (null when none).</summary>
public sealed record StageDaysResource(DealStage Stage, int Count, double? MeanDays);
