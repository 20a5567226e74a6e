using System.Text.RegularExpressions;
using System.Xml.Linq;
using TeamsCrm.Conversation.Tests.Cards;

namespace TeamsCrm.Conversation.Tests.Turns;

public sealed partial class TurnResourceTests
{
    private static readonly string Folder = Path.Combine(CardValidator.RepoRoot, "src", "TeamsCrm.Conversation", "Turns", "Resources");

    [Fact]
    public void Resx_EveryKey_ExistsInEnglishAndGermanWithTheSamePlaceholders()
    {
        var english = Read("TurnStrings.resx");
        var german = Read("TurnStrings.de.resx");

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

    [Fact]
    public void Code_UsesOnlyKeysThatExist()
    {
        var english = Read("TurnStrings.resx");
        var source = string.Concat(Directory.GetFiles(Path.GetDirectoryName(Folder)!, "*.cs").Select(File.ReadAllText));
        var used = KeyPattern().Matches(source).Select(m => m.Groups[1].Value).Where(k => !k.Contains('{', StringComparison.Ordinal)).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.True(english.ContainsKey(key), $"{key} is used but not in TurnStrings.resx."));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("\"(Turn\\.[A-Za-z.]+)\"")]
    private static partial Regex KeyPattern();
}
