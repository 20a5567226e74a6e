using System.Text;

namespace TeamsCrm.Teams.Persistence;

/// <summary>
/// Table Storage keys: forbidden characters ('/', '\\', '#', '?', control characters) and '%' are percent-escaped,
/// so any Teams id is a valid, reversible key. Every PartitionKey starts with the tenant id.
/// </summary>
internal static class TableKeys
{
    public static string Partition(string tenantId, string kind) => Escape(tenantId) + "|" + kind;

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '|' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string value) => Uri.UnescapeDataString(value);
}
