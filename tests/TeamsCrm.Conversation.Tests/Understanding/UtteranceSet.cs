using System.Runtime.CompilerServices;

namespace TeamsCrm.Conversation.Tests.Understanding;

/// <summary>
/// Reads utterances.tsv, which lives next to this file: the set is read from the source tree
/// (found through the compiler-recorded path of this file), so the test project needs no extra item.
/// </summary>
internal static class UtteranceSet
{
    public static IReadOnlyList<LabelledUtterance> Load() => Parse(File.ReadAllLines(PathOfSet()));

    public static IReadOnlyList<LabelledUtterance> Parse(IEnumerable<string> lines)
    {
        var result = new List<LabelledUtterance>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 5)
            {
                throw new FormatException($"utterances.tsv line {number}: expected 5 tab-separated columns, found {columns.Length}.");
            }

            result.Add(new LabelledUtterance(
                number,
                columns[0] is LabelledUtterance.Dev or LabelledUtterance.Held or LabelledUtterance.Fresh
                    ? columns[0]
                    : throw new FormatException($"line {number}: split '{columns[0]}'"),
                columns[1] switch { "de" => UtteranceLanguage.German, "en" => UtteranceLanguage.English, _ => throw new FormatException($"line {number}: language '{columns[1]}'") },
                Enum.Parse<Intent>(columns[2]),
                columns[3],
                ParseSlots(columns[4])));
        }

        return result;
    }

    private static Dictionary<string, string> ParseSlots(string slots) =>
        slots.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);

    private static string PathOfSet([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "utterances.tsv");
}
