namespace TeamsCrm.Conversation.Understanding;

/// <summary>How an account phrase resolved.</summary>
public enum AccountResolutionKind
{
    /// <summary>Exactly one confident match: show it.</summary>
    SingleMatch,
    /// <summary>Several plausible matches (or one that is only plausible): let the user choose.</summary>
    Choices,
    /// <summary>Nothing plausible: say so, offering the closest suggestions if there are any.</summary>
    NoMatch,
}
