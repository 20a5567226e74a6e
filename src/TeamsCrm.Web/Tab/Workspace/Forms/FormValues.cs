namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>What an empty form field means: nothing (null), not an empty string.</summary>
public static class FormValues
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
