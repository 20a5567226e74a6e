namespace TeamsCrm.Conversation.Understanding;

/// <summary>Whose figures a pipeline or forecast question asks for.</summary>
public enum InsightsReach
{
    /// <summary>The asker's own deals ("my pipeline", or no word at all).</summary>
    Mine,

    /// <summary>The whole sales team's, i.e. the tenant's ("team pipeline", "our pipeline", "gesamte Pipeline").</summary>
    Team,
}
