using System.Reflection;

namespace TeamsCrm.Conversation.Tests.Architecture;

/// <summary>
/// The Conversation project stays small-grained: no class takes more than six dependencies (each handler gets only what
/// it uses) and no source file grows past 200 lines (split by concern).
/// </summary>
public sealed class ConversationShapeTests
{
    private const int MaxDependencies = 6;
    private const int MaxLines = 200;

    [Fact]
    public void Constructors_EveryConversationClass_TakeAtMostSixDependencies()
    {
        var tooMany = typeof(CrmConversation).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !IsCompilerGenerated(t) && !IsRecord(t))
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(c => (Type: t, Count: c.GetParameters().Length)))
            .Where(c => c.Count > MaxDependencies)
            .Select(c => $"{c.Type.FullName}: {c.Count}")
            .ToList();

        Assert.True(tooMany.Count == 0, "Constructors with more than 6 dependencies: " + string.Join(", ", tooMany));
    }

    [Fact]
    public void SourceFiles_ConversationProject_AtMostTwoHundredLines()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "TeamsCrm.Conversation");
        var files = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var tooLong = files
            .Select(f => (File: Path.GetRelativePath(project, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines)
            .Select(f => $"{f.File}: {f.Lines}")
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(tooLong.Count == 0, "Files over 200 lines: " + string.Join(", ", tooLong));
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    /// <summary>Records carry data, not dependencies: their constructors list fields.</summary>
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TeamsCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
