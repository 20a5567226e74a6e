namespace TeamsCrm.Web.Tab.Workspace.Forms;

/// <summary>
/// The version of the record an edit form was filled from. A save sends this version, not the one the page holds by
/// then (the page may have reloaded meanwhile), so it never overwrites a change the person has not seen; after a save
/// someone else's change refused, the form is filled again once the current record has arrived.
/// </summary>
public sealed class FormBaseline
{
    private bool _filled;
    private bool _refillWhenChanged;

    /// <summary>The version the form shows (null for a new record).</summary>
    public string? Version { get; private set; }

    /// <summary>Whether to fill the form from the record at <paramref name="current"/> now: the first time, and after a refused save once a newer version is there.</summary>
    public bool ShouldFill(string? current)
    {
        if (_filled && !(_refillWhenChanged && current != Version))
        {
            return false;
        }

        _filled = true;
        _refillWhenChanged = false;
        Version = current;
        return true;
    }

    /// <summary>A save was refused because the record changed: fill the form from the next, newer version.</summary>
    public void RefillWhenChanged() => _refillWhenChanged = true;

    /// <summary>The form starts over (a new record after a save, or an editor opened again).</summary>
    public void Reset()
    {
        _filled = false;
        _refillWhenChanged = false;
        Version = null;
    }
}
