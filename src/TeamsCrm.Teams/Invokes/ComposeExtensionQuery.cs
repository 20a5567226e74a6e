namespace TeamsCrm.Teams.Invokes;

/// <summary>value of composeExtension/query.</summary>
public sealed class ComposeExtensionQuery
{
    public string? CommandId { get; set; }
    public IList<ComposeExtensionParameter>? Parameters { get; set; }
    public ComposeExtensionQueryOptions? QueryOptions { get; set; }
    public string? State { get; set; }
}

/// <summary>One search parameter.</summary>
public sealed class ComposeExtensionParameter
{
    public string? Name { get; set; }
    public JsonElement? Value { get; set; }
}

/// <summary>Paging of a search.</summary>
public sealed class ComposeExtensionQueryOptions
{
    public int? Skip { get; set; }
    public int? Count { get; set; }
}

/// <summary>value of composeExtension/queryLink (link unfurling).</summary>
public sealed class ComposeExtensionQueryLink
{
    public string? Url { get; set; }
    public string? State { get; set; }
}
