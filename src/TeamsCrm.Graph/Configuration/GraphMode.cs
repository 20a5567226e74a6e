namespace TeamsCrm.Graph.Configuration;

/// <summary>Where people and calendar context come from: the demo directory offline (Development only), or Microsoft Graph.</summary>
public enum GraphMode
{
    Offline,
    Live,
}
