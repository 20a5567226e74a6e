namespace TeamsCrm.Analytics.Pipeline;

/// <summary>How long deals stayed in one open stage before they left it (whole days, mean).</summary>
public sealed record StageDays(DealStage Stage, AverageDays Days);
