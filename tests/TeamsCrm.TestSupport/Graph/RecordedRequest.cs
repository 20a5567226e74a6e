namespace TeamsCrm.TestSupport.Graph;

/// <summary>A request the Graph stub received (or a sub-request of a $batch, <see cref="InBatch"/>), with its query decoded (so "$filter" reads as Graph would).</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    string? Authorization,
    IReadOnlyDictionary<string, string> Headers,
    string? Body = null,
    bool InBatch = false)
{
    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
