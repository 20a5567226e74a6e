using System.Globalization;
using System.Reflection;
using System.Resources;

namespace TeamsCrm.Core.Tests.Common;

public sealed partial class CrmMessagesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Find_EveryCode_HasEnglishAndGermanText(string code)
    {
        var english = CrmMessages.Find(code, English);
        var german = CrmMessages.Find(code, German);

        Assert.False(string.IsNullOrWhiteSpace(english), $"{code} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(german), $"{code} has no German text");
        Assert.NotEqual(english, german);
    }

    [Fact]
    public void Describe_ValidationError_ListsFieldsWithLimitInViewersLanguage()
    {
        var error = CrmError.Invalid([new FieldError("name", ErrorCodes.TooLong, 2000)]);

        Assert.Equal($"Some of the input is not valid. Nothing was saved.{Environment.NewLine}Name: Too long: at most 2,000 characters.", CrmMessages.Describe(error, English));
        Assert.Equal($"Einige Eingaben sind ungültig. Es wurde nichts gespeichert.{Environment.NewLine}Name: Zu lang: höchstens 2.000 Zeichen.", CrmMessages.Describe(error, German));
    }

    [Fact]
    public void Describe_NestedField_UsesItsLabelNotItsName()
    {
        var error = CrmError.Invalid([new FieldError("address.postalCode", ErrorCodes.Required)]);

        Assert.EndsWith("Postal code: This field is required.", CrmMessages.Describe(error, English), StringComparison.Ordinal);
        Assert.EndsWith("Postleitzahl: Dieses Feld ist erforderlich.", CrmMessages.Describe(error, German), StringComparison.Ordinal);
    }

    [Fact]
    public void FieldLabel_UnknownField_FallsBackToItsName()
    {
        Assert.Equal("somethingNew", CrmMessages.FieldLabel("somethingNew", German));
    }

    /// <summary>
    /// Every field name the product validates (InputCheck calls, FieldError and Missing with a literal or a
    /// CardFields constant, found in the sources) has a label in English and German, so no message shows a raw name.
    /// </summary>
    [Fact]
    public void FieldLabel_EveryValidatedField_HasEnglishAndGermanLabel()
    {
        var fields = ValidatedFieldNames();
        Assert.True(fields.Count >= 40, $"Only {fields.Count} validated fields found; the source scan is broken.");

        var resources = new ResourceManager("TeamsCrm.Core.Common.CrmMessages", typeof(CrmMessages).Assembly);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var german = resources.GetResourceSet(CultureInfo.GetCultureInfo("de"), createIfNotExists: true, tryParents: false)!;
        var missing = fields
            .Where(f => english.GetString(CrmMessages.LabelKey(f)) is null || german.GetString(CrmMessages.LabelKey(f)) is null)
            .ToList();

        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    private static SortedSet<string> ValidatedFieldNames()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var cardFields = files.Where(f => Path.GetFileName(f) == "CardFields.cs")
            .SelectMany(f => CardFieldConstant().Matches(File.ReadAllText(f)))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);

        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in files.Select(File.ReadAllText))
        {
            foreach (Match match in ValidatedField().Matches(text))
            {
                fields.Add(match.Groups["literal"].Success ? match.Groups["literal"].Value : cardFields[match.Groups["constant"].Value]);
            }
        }

        return fields;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TeamsCrm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No TeamsCrm.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.(?:Required|Optional|RequiredText|Email|Phone|WebUrl|Amount|Currency|Range|Defined|Future|Id|Count)\(\s*""(?<literal>[A-Za-z.]+)""|(?:FieldError|Missing)\(\s*(?:""(?<literal>[A-Za-z.]+)""|CardFields\.(?<constant>[A-Za-z]+))")]
    private static partial Regex ValidatedField();

    [GeneratedRegex(@"const string (?<name>[A-Za-z]+) = ""(?<value>[A-Za-z.]+)""")]
    private static partial Regex CardFieldConstant();
}
