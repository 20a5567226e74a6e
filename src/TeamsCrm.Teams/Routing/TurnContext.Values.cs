using System.Text.Json.Serialization.Metadata;
using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Routing;

/// <summary>Typed access to an invoke's value. Null when it is missing or not the expected shape.</summary>
public sealed partial class TurnContext
{
    public AdaptiveCardInvokeValue? GetAdaptiveCardInvokeValue() => GetValue(BotJsonContext.Default.AdaptiveCardInvokeValue);

    public ComposeExtensionQuery? GetComposeExtensionQuery() => GetValue(BotJsonContext.Default.ComposeExtensionQuery);

    public ComposeExtensionQueryLink? GetComposeExtensionQueryLink() => GetValue(BotJsonContext.Default.ComposeExtensionQueryLink);

    public TaskModuleRequest? GetTaskModuleRequest() => GetValue(BotJsonContext.Default.TaskModuleRequest);

    private T? GetValue<T>(JsonTypeInfo<T> type) where T : class
    {
        if (Activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
