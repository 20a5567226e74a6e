namespace TeamsCrm.Analytics.Scoring;

/// <summary>One slot of a stored model's feature vector: the factor it belongs to and, for a category, its value.</summary>
public sealed record StoredSlot(FactorKind Kind, string? Value);
