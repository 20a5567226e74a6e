using System.Text.Json.Nodes;

namespace TeamsCrm.Infrastructure.Tests.Bicep;

/// <summary>infra/main.bicep compiled to an ARM template, with its nested module deployments flattened.</summary>
internal sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Main = new(() => Compile("main.bicep"));

    private CompiledTemplate(BicepResult build, JsonObject root)
    {
        Build = build;
        Root = root;
    }

    public static CompiledTemplate MainTemplate => Main.Value;

    /// <summary>The bicep run that produced the template (its diagnostics are checked too).</summary>
    public BicepResult Build { get; }

    public JsonObject Root { get; }

    public static CompiledTemplate Compile(string file)
    {
        var result = BicepCli.Run("build", BicepCli.InfraPath(file), "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }
        return new CompiledTemplate(result, JsonNode.Parse(result.StandardOutput)!.AsObject());
    }

    /// <summary>Every resource of the given type, at any depth of module nesting.</summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        ResourcesWithTemplates(Root).Where(pair => (string?)pair.Resource["type"] == type).Select(pair => pair.Resource).ToList();

    /// <summary>
    /// A string property of a resource of the given type with <c>variables('x')</c> replaced by the
    /// value of x in the (module) template that declares the resource.
    /// </summary>
    public IReadOnlyList<string> ResolvedStrings(string type, Func<JsonObject, string?> select) =>
        ResourcesWithTemplates(Root)
            .Where(pair => (string?)pair.Resource["type"] == type)
            .Select(pair => ResolveVariables(select(pair.Resource) ?? "", pair.Template))
            .ToList();

    private static string ResolveVariables(string expression, JsonObject template)
    {
        if (template["variables"] is not JsonObject variables)
        {
            return expression;
        }
        foreach (var (name, value) in variables)
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var resolved))
            {
                expression = expression.Replace($"variables('{name}')", $"'{resolved}'", StringComparison.Ordinal);
            }
        }
        return expression;
    }

    private static IEnumerable<(JsonObject Resource, JsonObject Template)> ResourcesWithTemplates(JsonObject template)
    {
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesWithTemplates(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
