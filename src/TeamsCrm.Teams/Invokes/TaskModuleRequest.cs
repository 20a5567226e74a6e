namespace TeamsCrm.Teams.Invokes;

/// <summary>value of task/fetch and task/submit.</summary>
public sealed class TaskModuleRequest
{
    public JsonElement? Data { get; set; }
    public TaskModuleRequestContext? Context { get; set; }
}

/// <summary>The client's context for a dialog.</summary>
public sealed class TaskModuleRequestContext
{
    public string? Theme { get; set; }
}
