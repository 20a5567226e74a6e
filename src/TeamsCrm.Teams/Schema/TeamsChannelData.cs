namespace TeamsCrm.Teams.Schema;

/// <summary>Teams' channelData: tenant, team, channel, event type and settings.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public TeamsChannelDataSettings? Settings { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The tenant of an activity.</summary>
public sealed class TenantInfo
{
    public string? Id { get; set; }
}

/// <summary>A team as referenced from channelData.</summary>
public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}

/// <summary>A channel as referenced from channelData (General has the team's id and no name).</summary>
public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
}

/// <summary>channelData.settings: the channel selected on install.</summary>
public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }
}
