namespace TeamsCrm.Teams.Schema;

/// <summary>Where the bot posted an activity: enough to replace it later (PUT /v3/conversations/{cid}/activities/{aid}).</summary>
public sealed record SentActivity(string TenantId, string ServiceUrl, string ConversationId, string ActivityId);
