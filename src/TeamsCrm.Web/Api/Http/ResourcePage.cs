using System.Text.Json.Serialization;

namespace TeamsCrm.Web.Api.Http;

/// <summary>One page of a list: the items, and the absolute link to the next page (absent on the last page).</summary>
public sealed record ResourcePage<T>(
    IReadOnlyList<T> Items,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NextLink);
