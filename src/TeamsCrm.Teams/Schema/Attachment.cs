namespace TeamsCrm.Teams.Schema;

/// <summary>A message attachment, e.g. an Adaptive Card (<see cref="ContentTypes.AdaptiveCard"/>).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
