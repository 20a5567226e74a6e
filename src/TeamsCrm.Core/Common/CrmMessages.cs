using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace TeamsCrm.Core.Common;

/// <summary>
/// The user-facing text of every error and validation code, in English and German
/// (CrmMessages.resx, CrmMessages.de.resx). Surfaces call <see cref="Describe"/> in the viewer's culture.
/// </summary>
public static partial class CrmMessages
{
    private static readonly ResourceManager Resources = new("TeamsCrm.Core.Common.CrmMessages", typeof(CrmMessages).Assembly);

    /// <summary>The message for a code, or null when the code has none in that culture.</summary>
    public static string? Find(string code, CultureInfo culture) => Resources.GetString(code, culture);

    public static string Get(string code, CultureInfo culture) =>
        Find(code, culture) ?? throw new KeyNotFoundException($"No message for '{code}'.");

    /// <summary>The error's message followed by one line per invalid field ("Amount: …"), the field named by its label.</summary>
    public static string Describe(CrmError error, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(error);
        var lines = new List<string> { Get(error.Code, culture) };
        lines.AddRange(error.Fields.Select(f => string.Format(
            culture,
            Get("FieldLine", culture),
            FieldLabel(f.Field, culture),
            string.Format(culture, Get(f.Code, culture), f.Limit?.ToString("N0", culture) ?? string.Empty))));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// What the user calls an input field ("address.city" → "City" / "Ort"); the field name itself when it has no label.
    /// A field of a list's item ("lineItems[0].quantity") gets its position, counted from 1 ("Quantity (line 1)").
    /// </summary>
    public static string FieldLabel(string field, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        var label = Find(LabelKey(field), culture);
        var position = ListIndex().Match(field);
        return label is null ? field
            : position.Success ? string.Format(culture, label, int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
            : label;
    }

    /// <summary>The resource key of a field's label; a list item's field shares one label ("lineItems[3].quantity" → "Label.lineItems.quantity").</summary>
    public static string LabelKey(string field) => "Label." + ListIndex().Replace(field, string.Empty);

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex ListIndex();
}
