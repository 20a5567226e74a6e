namespace TeamsCrm.Core.Common;

/// <summary>
/// Record ids: GUID version 7 in "N" format — sortable by creation time and, with 74 random bits,
/// not guessable. Names are never keys.
/// </summary>
public static class CrmIds
{
    public static string New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: 32 } && Guid.TryParseExact(id, "N", out _);

    /// <summary>The creation time encoded in a version 7 id (its first 48 bits are Unix milliseconds).</summary>
    public static DateTimeOffset CreatedAt(string id)
    {
        var milliseconds = Convert.ToInt64(id[..12], 16);
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
