namespace TeamsCrm.Analytics.Synthetic;

/// <summary>A generated contact and the channel they answer best on (the ground truth of the best-channel figure).</summary>
public sealed record SyntheticContact(string Id, string FirstName, string LastName, InteractionChannel AnswersOn);
