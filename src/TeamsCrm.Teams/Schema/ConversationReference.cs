namespace TeamsCrm.Teams.Schema;

/// <summary>What a proactive message needs to reach a conversation again (SDK-shaped).</summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }
    public required string ConversationId { get; init; }
    public required string TenantId { get; init; }
    public string? ConversationType { get; init; }
    public string ChannelId { get; init; } = "msteams";
    public string? BotId { get; init; }
    public string? UserId { get; init; }
    public string? UserAadObjectId { get; init; }
    public string? UserName { get; init; }
    public string? TeamId { get; init; }
    public string? Locale { get; init; }
    public string? ActivityId { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public bool Unusable { get; init; }
    public string? UnusableReason { get; init; }
}
