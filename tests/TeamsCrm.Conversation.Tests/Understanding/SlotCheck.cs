namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>
/// Compares what the recognizer found with the labels. Every slot is checked: a labelled slot must
/// match (names folded: case and umlaut spelling don't count; text exactly, trimmed), an unlabelled
/// one must be empty (visibility: Internal). Returns the mismatches, empty when all slots are right.
/// </summary>
internal static class SlotCheck
{
    public static IReadOnlyList<string> Mismatches(LabelledUtterance expected, Recognition actual)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["account"] = actual.AccountPhrase,
            ["deal"] = actual.DealPhrase,
            ["recipient"] = actual.RecipientPhrase,
            ["contact"] = actual.ContactPhrase,
            ["text"] = actual.Text,
            ["channel"] = actual.Channel?.ToString(),
            ["visibility"] = actual.Visibility == CommentVisibility.Internal ? null : actual.Visibility.ToString(),
            ["due"] = actual.DuePhrase,
            ["level"] = actual.ShareLevel?.ToString(),
            ["org"] = actual.OrganizationPhrase,
            ["newname"] = actual.NewName,
        };
        var unknown = expected.Slots.Keys.Where(k => !found.ContainsKey(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new FormatException($"line {expected.Line}: unknown slot {string.Join(", ", unknown)}");
        }

        var mismatches = new List<string>();
        foreach (var (key, value) in found)
        {
            var wanted = expected.Slots.GetValueOrDefault(key);
            if (!Same(key, wanted, value))
            {
                mismatches.Add($"{key}: expected '{wanted}', got '{value}'");
            }
        }

        return mismatches;
    }

    private static bool Same(string key, string? wanted, string? value) =>
        wanted is null || value is null
            ? wanted is null && value is null
            : key == "text" ? wanted.Trim() == value.Trim() : NameFolding.Fold(wanted) == NameFolding.Fold(value);
}
