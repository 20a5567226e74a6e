using TeamsCrm.Core.Search;

namespace TeamsCrm.Graph.People;

/// <summary>
/// Graph's startswith on displayName, givenName, surname and mail, offline: case-insensitive, and
/// folded (NameFolding) so "mül", "mue" and "MUE" all find "Jürgen Müller", and "o'b" finds
/// "Conor O'Brien". Given name and surname are taken from the words of the display name.
/// </summary>
internal static class PersonPrefixMatch
{
    public static bool DisplayNameStartsWith(Person person, string prefix) =>
        person.DisplayName.StartsWith(prefix, StringComparison.CurrentCultureIgnoreCase)
        || FoldedStartsWith(person.DisplayName, NameFolding.Fold(prefix));

    public static bool Matches(Person person, string prefix)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (DisplayNameStartsWith(person, prefix)
            || (person.Email?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return true;
        }

        var folded = NameFolding.Fold(prefix);
        if (folded.Length == 0)
        {
            return false;
        }

        // Folded text is lower-case words separated by single spaces: " " + query found after a
        // space is a prefix of a word ("o brien" in "conor o brien" — a surname of two parts).
        return $" {NameFolding.Fold(person.DisplayName)}".Contains($" {folded}", StringComparison.Ordinal)
            || FoldedStartsWith(person.Email, folded);
    }

    private static bool FoldedStartsWith(string? text, string foldedPrefix) =>
        foldedPrefix.Length > 0 && NameFolding.Fold(text).StartsWith(foldedPrefix, StringComparison.Ordinal);
}
