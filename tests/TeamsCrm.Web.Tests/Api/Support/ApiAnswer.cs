namespace TeamsCrm.Web.Tests.Api.Support;

/// <summary>One answer of the API: status, ETag, Location, content type and the body (parsed when it is JSON).</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ETag, string? Location, string? ContentType, string Text, string? WwwAuthenticate)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("The answer has no JSON body.");

    /// <summary>The value at a dotted path of the body ("errors.name", "current.etag").</summary>
    public string? this[string path] => Json.Select(path)?.ToString();

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Headers.ETag?.ToString(),
        response.Headers.Location?.ToString(),
        response.Content.Headers.ContentType?.MediaType,
        await response.Content.ReadAsStringAsync(),
        response.Headers.WwwAuthenticate.ToString());

    /// <summary>Asserts the status, with the body in the message when it differs.</summary>
    public ApiAnswer Expect(HttpStatusCode status)
    {
        Assert.True(Status == status, $"Expected {(int)status} {status}, got {(int)Status} {Status} ({WwwAuthenticate}): {Text}");
        return this;
    }

    /// <summary>Asserts a problem-details answer (RFC 9457) with this status and code; returns it for more checks.</summary>
    public ApiAnswer ExpectProblem(HttpStatusCode status, string code)
    {
        Expect(status);
        Assert.Equal("application/problem+json", ContentType);
        Assert.Equal((int)status, (int?)Json["status"]);
        Assert.Equal(code, (string?)Json["code"]);
        return this;
    }
}
