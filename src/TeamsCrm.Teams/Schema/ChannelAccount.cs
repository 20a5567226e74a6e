namespace TeamsCrm.Teams.Schema;

/// <summary>A user or bot in a conversation. Teams users have "29:" ids, the bot "28:{appId}".</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
