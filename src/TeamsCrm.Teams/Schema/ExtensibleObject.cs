namespace TeamsCrm.Teams.Schema;

/// <summary>
/// A protocol object that keeps the fields it does not model in <see cref="ExtensionData"/>, so that they survive a
/// read and a write unchanged, as the activity spec requires of unknown fields (A2005).
/// </summary>
public abstract class ExtensibleObject
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
