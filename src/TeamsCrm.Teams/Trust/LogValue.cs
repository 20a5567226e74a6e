namespace TeamsCrm.Teams.Trust;

/// <summary>Caller-supplied values shortened before they are logged (a request body may hold a megabyte in one field).</summary>
internal static class LogValue
{
    private const int MaxLength = 120;

    public static string Short(string? value) =>
        value is null ? "(none)" : value.Length <= MaxLength ? value : string.Concat(value.AsSpan(0, MaxLength), "…");
}
