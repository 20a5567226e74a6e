namespace TeamsCrm.Teams.Invokes;

/// <summary>value of an adaptiveCard/action invoke (Action.Execute).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
    public JsonElement? Authentication { get; set; }
    public string? State { get; set; }
}

/// <summary>The Action.Execute that was clicked or fired by refresh.</summary>
public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }
}
