namespace TeamsCrm.Conversation.Handoffs;

/// <summary>Who receives a handoff, or the sentence that says why nobody was found.</summary>
internal sealed record RecipientLookup(Caller? Caller, string? Answer);
