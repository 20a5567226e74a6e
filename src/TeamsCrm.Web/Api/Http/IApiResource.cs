namespace TeamsCrm.Web.Api.Http;

/// <summary>A record as the API returns it; <see cref="ETag"/> is also the response's ETag header (see <see cref="ETags"/>).</summary>
public interface IApiResource
{
    /// <summary>The record's entity tag: send it back in If-Match to change the record.</summary>
    string? ETag { get; }
}
