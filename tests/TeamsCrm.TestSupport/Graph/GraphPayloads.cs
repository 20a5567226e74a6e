using System.Text.Json.Nodes;

namespace TeamsCrm.TestSupport.Graph;

/// <summary>
/// JSON shaped like Microsoft Graph v1.0's documented responses: a user entity and a users
/// collection with their @odata.context (as Graph writes it for a $select), the manager as a
/// directoryObject with @odata.type, and the error body {"error":{"code","message","innerError"}}.
/// </summary>
public static class GraphPayloads
{
    public const string Context = "https://graph.microsoft.com/v1.0/$metadata";
    private const string SelectedUserProperties = "users(id,displayName,mail,userPrincipalName,jobTitle,department,userType,externalUserState)";

    public static JsonObject User(
        string id,
        string displayName,
        string? mail,
        string userPrincipalName,
        string? jobTitle = null,
        string? department = null,
        string? userType = "Member",
        string? externalUserState = null) => new()
        {
            ["id"] = id,
            ["displayName"] = displayName,
            ["mail"] = mail,
            ["userPrincipalName"] = userPrincipalName,
            ["jobTitle"] = jobTitle,
            ["department"] = department,
            ["userType"] = userType,
            ["externalUserState"] = externalUserState,
        };

    /// <summary>GET /users/{id}: the entity with its context.</summary>
    public static JsonObject Entity(JsonObject user)
    {
        var body = new JsonObject { ["@odata.context"] = $"{Context}#{SelectedUserProperties}/$entity" };
        foreach (var (name, value) in user)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>GET /users?$filter=…: the collection.</summary>
    public static JsonObject Collection(params JsonObject[] users) => new()
    {
        ["@odata.context"] = $"{Context}#{SelectedUserProperties}",
        ["value"] = new JsonArray([.. users.Select(u => (JsonNode)u.DeepClone())]),
    };

    /// <summary>GET /users/{id}/manager: a directoryObject that is a user.</summary>
    public static JsonObject Manager(JsonObject user)
    {
        var body = new JsonObject
        {
            ["@odata.context"] = $"{Context}#directoryObjects/$entity",
            ["@odata.type"] = "#microsoft.graph.user",
        };
        foreach (var (name, value) in user)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    public static JsonObject Error(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = "2026-11-30T10:00:00",
                ["request-id"] = "7b8a1b6e-0f2a-4a39-9a53-1f3c0a2b4c5d",
                ["client-request-id"] = "7b8a1b6e-0f2a-4a39-9a53-1f3c0a2b4c5d",
            },
        },
    };
}
