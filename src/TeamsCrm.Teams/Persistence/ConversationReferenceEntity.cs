using Azure.Data.Tables;

namespace TeamsCrm.Teams.Persistence;

/// <summary>Maps a <see cref="ConversationReference"/> to and from a table entity.</summary>
internal static class ConversationReferenceEntity
{
    public static TableEntity ToEntity(ConversationReference reference, string partitionKey, string rowKey) => new(partitionKey, rowKey)
    {
        [nameof(ConversationReference.ServiceUrl)] = reference.ServiceUrl,
        [nameof(ConversationReference.ConversationId)] = reference.ConversationId,
        [nameof(ConversationReference.TenantId)] = reference.TenantId,
        [nameof(ConversationReference.ConversationType)] = reference.ConversationType,
        [nameof(ConversationReference.ChannelId)] = reference.ChannelId,
        [nameof(ConversationReference.BotId)] = reference.BotId,
        [nameof(ConversationReference.UserId)] = reference.UserId,
        [nameof(ConversationReference.UserAadObjectId)] = reference.UserAadObjectId,
        [nameof(ConversationReference.UserName)] = reference.UserName,
        [nameof(ConversationReference.TeamId)] = reference.TeamId,
        [nameof(ConversationReference.Locale)] = reference.Locale,
        [nameof(ConversationReference.ActivityId)] = reference.ActivityId,
        [nameof(ConversationReference.UpdatedAt)] = reference.UpdatedAt,
        [nameof(ConversationReference.Unusable)] = reference.Unusable,
        [nameof(ConversationReference.UnusableReason)] = reference.UnusableReason,
    };

    public static ConversationReference FromEntity(TableEntity entity) => new()
    {
        ServiceUrl = entity.GetString(nameof(ConversationReference.ServiceUrl)) ?? string.Empty,
        ConversationId = entity.GetString(nameof(ConversationReference.ConversationId)) ?? string.Empty,
        TenantId = entity.GetString(nameof(ConversationReference.TenantId)) ?? string.Empty,
        ConversationType = entity.GetString(nameof(ConversationReference.ConversationType)),
        ChannelId = entity.GetString(nameof(ConversationReference.ChannelId)) ?? "msteams",
        BotId = entity.GetString(nameof(ConversationReference.BotId)),
        UserId = entity.GetString(nameof(ConversationReference.UserId)),
        UserAadObjectId = entity.GetString(nameof(ConversationReference.UserAadObjectId)),
        UserName = entity.GetString(nameof(ConversationReference.UserName)),
        TeamId = entity.GetString(nameof(ConversationReference.TeamId)),
        Locale = entity.GetString(nameof(ConversationReference.Locale)),
        ActivityId = entity.GetString(nameof(ConversationReference.ActivityId)),
        UpdatedAt = entity.GetDateTimeOffset(nameof(ConversationReference.UpdatedAt)) ?? DateTimeOffset.MinValue,
        Unusable = entity.GetBoolean(nameof(ConversationReference.Unusable)) ?? false,
        UnusableReason = entity.GetString(nameof(ConversationReference.UnusableReason)),
    };
}
