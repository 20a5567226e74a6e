using Microsoft.Extensions.Logging;

namespace TeamsCrm.Analytics;

/// <summary>The analytics' log messages (EventIds 8600–8649).</summary>
internal static partial class AnalyticsLog
{
    [LoggerMessage(EventId = 8600, Level = LogLevel.Information, Message = "Deal score model trained on {ClosedDeals} closed deals ({Won} won, {Lost} lost): AUC {Auc} on {HeldOut} held-out deals")]
    public static partial void ModelTrained(ILogger logger, int closedDeals, int won, int lost, double? auc, int heldOut);

    [LoggerMessage(EventId = 8601, Level = LogLevel.Information, Message = "Deal scores are rule-based: {ClosedDeals} closed deals ({Won} won, {Lost} lost) are below the model's minimum of {MinimumClosed} and {MinimumPerOutcome} of each")]
    public static partial void ColdStart(ILogger logger, int closedDeals, int won, int lost, int minimumClosed, int minimumPerOutcome);

    [LoggerMessage(EventId = 8602, Level = LogLevel.Warning, Message = "The {HeldOut} held-out deals have one outcome only: the model's AUC cannot be measured")]
    public static partial void AucNotMeasurable(ILogger logger, int heldOut);
}
