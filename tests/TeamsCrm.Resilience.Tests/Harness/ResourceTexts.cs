using System.Xml.Linq;

namespace TeamsCrm.Resilience.Tests.Harness;

/// <summary>A text of the app's resources, read from the .resx in the repository, so a test expects exactly what the user reads.</summary>
internal static class ResourceTexts
{
    public static string BotText(string name, string? language = null)
    {
        var file = Path.Combine(RepositoryPaths.Root, "src", "TeamsCrm.Web", "Bot", "Resources", language is null ? "BotTexts.resx" : $"BotTexts.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data").Single(d => (string?)d.Attribute("name") == name).Element("value")!.Value;
    }
}
