namespace TeamsCrm.Bot.LoadBenchmarks;

/// <summary>The machine's 1, 5 and 15 minute load averages (/proc/loadavg), so a run disturbed by other work is visible.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
