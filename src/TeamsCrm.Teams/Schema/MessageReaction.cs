namespace TeamsCrm.Teams.Schema;

/// <summary>A reaction in messageReaction activities (like, heart, ...).</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
