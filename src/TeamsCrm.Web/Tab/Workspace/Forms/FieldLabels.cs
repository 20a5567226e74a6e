using System.Globalization;
using TeamsCrm.Core.Common;

namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>The labels of input fields: the bot's own (<see cref="CrmMessages.FieldLabel"/>), so both surfaces name a field alike.</summary>
public static class FieldLabels
{
    public static string For(string field) => CrmMessages.FieldLabel(field, CultureInfo.CurrentUICulture);
}
