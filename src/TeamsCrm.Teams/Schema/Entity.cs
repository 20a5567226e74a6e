namespace TeamsCrm.Teams.Schema;

/// <summary>
/// An activity entity. Mentions use <see cref="Mentioned"/> and <see cref="Text"/>; Teams' clientInfo
/// uses <see cref="Locale"/>, <see cref="Country"/>, <see cref="Platform"/>, <see cref="Timezone"/>.
/// Anything else stays in <see cref="ExtensionData"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? Country { get; set; }
    public string? Platform { get; set; }
    public string? Timezone { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
