namespace TeamsCrm.Teams.Invokes;

/// <summary>
/// The synchronous answer to an invoke: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the JSON body (none when null). See the *Responses classes for the exact shapes.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public static InvokeResponse Ok(JsonNode? body = null) => new(200, body);

    public static InvokeResponse NotImplemented() => new(501);
}
