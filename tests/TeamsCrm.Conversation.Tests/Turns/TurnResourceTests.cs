using System.Xml.Linq;

namespace TeamsCrm.Conversation.Tests.Turns;

/// <summary>
/// The conversation's sentences (Turns/Resources/TurnStrings, "Turn.*") and the notifications' (Notifications/Resources/
/// NotificationStrings, "Notification.*"): every key in English and German with the same placeholders, and every key
/// the code of the whole project uses exists (handlers live in one folder per concept, not only in Turns/).
/// </summary>
public sealed partial class TurnResourceTests
{
    private static readonly string Project = Path.Combine(CardValidator.RepoRoot, "src", "TeamsCrm.Conversation");

    public static TheoryData<string, string> Resources => new()
    {
        { "Turns/Resources/TurnStrings", "Turn" },
        { "Notifications/Resources/NotificationStrings", "Notification" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void Resx_EveryKey_ExistsInEnglishAndGermanWithTheSamePlaceholders(string resource, string prefix)
    {
        var english = Read(resource + ".resx");
        var german = Read(resource + ".de.resx");
        Assert.All(english.Keys, key => Assert.StartsWith(prefix + ".", key, StringComparison.Ordinal));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.Empty(german.Keys.Except(english.Keys));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.False(string.IsNullOrWhiteSpace(german[key]), key);
            Assert.NotEqual(text, german[key]);
            Assert.Equal(Placeholders(text), Placeholders(german[key]));
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void Code_UsesOnlyKeysThatExist(string resource, string prefix)
    {
        var english = Read(resource + ".resx");
        var files = Directory.GetFiles(Project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var source = string.Concat(files.Select(File.ReadAllText));
        var used = Regex.Matches(source, $"\"({Regex.Escape(prefix)}\\.[A-Za-z.]+)\"")
            .Select(m => m.Groups[1].Value).Where(k => !k.EndsWith('.')).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.True(english.ContainsKey(key), $"{key} is used but not in {resource}.resx."));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Project, file)).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
