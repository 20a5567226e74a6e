namespace TeamsCrm.Analytics.Scoring;

/// <summary>An owner's closed deals at training time (the empty owner id stands for the whole tenant).</summary>
public sealed record OwnerRecord(string OwnerId, int Won, int Closed);
