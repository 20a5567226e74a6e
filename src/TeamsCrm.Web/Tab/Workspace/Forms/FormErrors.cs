using System.Globalization;
using TeamsCrm.Core.Common;

namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>
/// What a use case refused, in the viewer's language with the bot's words (<see cref="CrmMessages"/> by error code):
/// the error's message for the form, and one message per invalid field for the field itself.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    private FormErrors(string? summary) => Summary = summary;

    public static FormErrors None { get; } = new(null);

    /// <summary>The error's message ("Some of the input is not valid. Nothing was saved."), or null when there is none.</summary>
    public string? Summary { get; }

    public bool IsEmpty => Summary is null;

    public static FormErrors From(CrmError? error, CultureInfo culture)
    {
        if (error is null)
        {
            return None;
        }

        var errors = new FormErrors(CrmMessages.Get(error.Code, culture));
        foreach (var field in error.Fields)
        {
            var message = string.Format(culture, CrmMessages.Get(field.Code, culture), field.Limit?.ToString("N0", culture) ?? string.Empty);
            errors._fields[field.Field] = errors._fields.TryGetValue(field.Field, out var earlier) ? $"{earlier} {message}" : message;
        }

        return errors;
    }

    /// <summary>A message of the viewer's own making (not from a use case), for the whole form.</summary>
    public static FormErrors Message(string summary) => new(summary);

    /// <summary>The message for one input field (Core's field name, e.g. "email" or "address.city"), or null.</summary>
    public string? For(string field) => _fields.GetValueOrDefault(field);
}
