using System.Text.Json.Nodes;

namespace TeamsCrm.TestSupport;

/// <summary>One activity the app sent to the loopback connector: "send" (new message), "reply" or "update" (PUT), where, and its body.</summary>
public sealed record ConnectorActivity(string Kind, string ConversationId, JsonObject Body);
