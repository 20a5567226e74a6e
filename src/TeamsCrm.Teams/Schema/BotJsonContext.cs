using TeamsCrm.Teams.Connector;
using TeamsCrm.Teams.Invokes;

namespace TeamsCrm.Teams.Schema;

/// <summary>Source-generated JSON for everything on the wire: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(ComposeExtensionQuery))]
[JsonSerializable(typeof(ComposeExtensionQueryLink))]
[JsonSerializable(typeof(TaskModuleRequest))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(ConversationList))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenEndpointResponse))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
