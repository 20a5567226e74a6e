using System.Text.RegularExpressions;

namespace TeamsCrm.Teams.Schema;

/// <summary>Reading Teams context from an activity: mentions, locale, tenant, team and channel.</summary>
public static class ActivityExtensions
{
    /// <summary>The activity's text with the bot's own @mentions removed and trimmed (BB-Schema RemoveMentionText).</summary>
    public static string GetTextWithoutBotMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.Type != Entity.MentionType || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = entity.Text ?? (entity.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = Regex.Replace(text, Regex.Escape(mentionText), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            }
        }

        return text.Trim();
    }

    /// <summary>The locale: the activity's, else the clientInfo entity's, else null.</summary>
    public static string? GetLocale(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        return activity.Entities?.FirstOrDefault(e => e.Type == Entity.ClientInfoType && !string.IsNullOrWhiteSpace(e.Locale))?.Locale;
    }

    /// <summary>The tenant: channelData.tenant.id, else conversation.tenantId.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return NullIfEmpty(activity.ChannelData?.Tenant?.Id) ?? NullIfEmpty(activity.Conversation?.TenantId);
    }

    public static string? GetTeamId(this Activity activity) => activity?.ChannelData?.Team?.Id;

    public static string? GetChannelId(this Activity activity) => activity?.ChannelData?.Channel?.Id;

    /// <summary>True when the bot itself (recipient) is among membersAdded.</summary>
    public static bool BotWasAdded(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is not null && activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true;
    }

    /// <summary>True when the bot itself (recipient) is among membersRemoved.</summary>
    public static bool BotWasRemoved(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is not null && activity.MembersRemoved?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true;
    }

    /// <summary>The conversation reference of an inbound activity, or null when it lacks the essentials.</summary>
    public static ConversationReference? GetConversationReference(this Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenantId = activity.GetTenantId();
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id) || tenantId is null)
        {
            return null;
        }

        return new ConversationReference
        {
            ServiceUrl = activity.ServiceUrl,
            ConversationId = StripThread(activity.Conversation.Id),
            TenantId = tenantId,
            ConversationType = activity.Conversation.ConversationType,
            ChannelId = activity.ChannelId ?? "msteams",
            BotId = activity.Recipient?.Id,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            TeamId = activity.GetTeamId(),
            Locale = activity.GetLocale(),
            ActivityId = activity.Id,
            UpdatedAt = now,
        };
    }

    /// <summary>"19:x@thread.tacv2;messageid=1" → "19:x@thread.tacv2": a channel, not one thread.</summary>
    public static string StripThread(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var i = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? conversationId : conversationId[..i];
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
