namespace TeamsCrm.Analytics.Pipeline;

/// <summary>How long deals stayed in one open stage before they left it (days).</summary>
public sealed record StageVelocity(DealStage Stage, DurationSummary Days);
