namespace TeamsCrm.EndToEnd.Tests.Playground;

/// <summary>
/// Rewrites the Agents Playground's configuration (the YAML of .m365agentsplayground.yml) so that another of its users
/// is the current user: that user's entry under <c>users:</c> becomes the <c>currentUser:</c> block, and the former
/// current user takes its place in the list. Only the two blocks move; every other line stays as written, so the file
/// keeps the schema's exactly five users besides the current one. It starts nothing: <see cref="PlaygroundFixture"/>
/// starts the Playground with this file, always with <c>--disable-telemetry</c> and
/// <c>APPLICATION_INSIGHTS_NO_STATSBEAT=true</c>.
/// </summary>
internal static class PlaygroundConfigFile
{
    private const string CurrentUserKey = "currentUser:";
    private const string UserEntryStart = "  - id: ";
    private const string CurrentUserIdLine = "  id: ";

    public static IReadOnlyList<string> WithCurrentUser(IReadOnlyList<string> lines, string userId)
    {
        var current = lines.ToList().IndexOf(CurrentUserKey);
        if (current < 0)
        {
            throw new InvalidOperationException($"No '{CurrentUserKey}' block in the Playground configuration.");
        }

        var currentEnd = BlockEnd(lines, current + 1, line => line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith(UserEntryStart, StringComparison.Ordinal));
        var entry = Enumerable.Range(0, lines.Count).FirstOrDefault(i => lines[i] == UserEntryStart + userId, -1);
        if (entry < 0)
        {
            throw new InvalidOperationException($"No user '{userId}' in the Playground configuration.");
        }

        var entryEnd = BlockEnd(lines, entry + 1, line => line.StartsWith("    ", StringComparison.Ordinal));
        var newCurrentUser = lines.Skip(entry).Take(entryEnd - entry).Select((line, i) => i == 0 ? CurrentUserIdLine + userId : line[2..]);
        var formerCurrentUser = lines.Skip(current + 1).Take(currentEnd - current - 1).Select((line, i) => i == 0 ? "  - " + line[2..] : "  " + line);

        var rewritten = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == current + 1)
            {
                rewritten.AddRange(newCurrentUser);
                i = currentEnd - 1;
            }
            else if (i == entry)
            {
                rewritten.AddRange(formerCurrentUser);
                i = entryEnd - 1;
            }
            else
            {
                rewritten.Add(lines[i]);
            }
        }

        return rewritten;
    }

    private static int BlockEnd(IReadOnlyList<string> lines, int start, Func<string, bool> inBlock)
    {
        var end = start;
        while (end < lines.Count && inBlock(lines[end]))
        {
            end++;
        }

        return end;
    }
}
