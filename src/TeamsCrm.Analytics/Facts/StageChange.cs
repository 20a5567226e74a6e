namespace TeamsCrm.Analytics.Facts;

/// <summary>A deal entered <see cref="Stage"/> at <see cref="EnteredAt"/> (one audit entry of a stage change, or the deal's creation).</summary>
public sealed record StageChange(DealStage Stage, DateTimeOffset EnteredAt);
