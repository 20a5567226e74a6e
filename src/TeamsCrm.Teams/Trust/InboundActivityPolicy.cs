using Microsoft.Extensions.Logging;
using TeamsCrm.Teams.Auth;

namespace TeamsCrm.Teams.Trust;

/// <summary>
/// What an authenticated activity must look like before the bot acts on it: a channel of Bot:AllowedChannelIds, a
/// serviceUrl of <see cref="ServiceUrlAllowList"/>, one tenant (channelData.tenant.id and conversation.tenantId agree
/// when both are present) and, for a single-tenant bot, the bot's own tenant. Each refusal is 403 and logged.
/// </summary>
public sealed class InboundActivityPolicy
{
    /// <summary>Bot:AllowedChannelIds when it is empty.</summary>
    public static IReadOnlyList<string> DefaultChannelIds { get; } = ["msteams"];

    private const int StatusForbidden = 403;

    private readonly HashSet<string> _channelIds;
    private readonly ServiceUrlAllowList _serviceUrls;
    private readonly string? _singleTenantId;
    private readonly ILogger<InboundActivityPolicy> _logger;

    public InboundActivityPolicy(IOptions<BotOptions> options, ServiceUrlAllowList serviceUrls, ILogger<InboundActivityPolicy> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _channelIds = new HashSet<string>(value.AllowedChannelIds.Count > 0 ? value.AllowedChannelIds : DefaultChannelIds, StringComparer.Ordinal);
        _serviceUrls = serviceUrls;
        _singleTenantId = value.AppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && !string.IsNullOrWhiteSpace(value.TenantId)
            ? value.TenantId
            : null;
        _logger = logger;
    }

    /// <summary>Null when the activity may be served; otherwise the 403 refusal (already logged).</summary>
    public BotAuthResult? Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ChannelId) || !_channelIds.Contains(activity.ChannelId))
        {
            return Refused($"Channel '{LogValue.Short(activity.ChannelId)}' is not in Bot:AllowedChannelIds.");
        }

        if (_serviceUrls.Check(activity.ServiceUrl) is { } serviceUrlReason)
        {
            return Refused(serviceUrlReason);
        }

        var channelDataTenant = activity.ChannelData?.Tenant?.Id;
        var conversationTenant = activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(channelDataTenant) && !string.IsNullOrEmpty(conversationTenant)
            && !string.Equals(channelDataTenant, conversationTenant, StringComparison.Ordinal))
        {
            Log.TenantMismatch(_logger, LogValue.Short(channelDataTenant), LogValue.Short(conversationTenant));
            return BotAuthResult.Forbidden("channelData tenant differs from conversation tenant.");
        }

        if (_singleTenantId is not null && !string.Equals(activity.GetTenantId(), _singleTenantId, StringComparison.Ordinal))
        {
            Log.ForeignTenant(_logger, LogValue.Short(activity.GetTenantId()), _singleTenantId);
            return BotAuthResult.Forbidden("Activity of another tenant.");
        }

        return null;
    }

    private BotAuthResult Refused(string reason)
    {
        Log.ActivityRefused(_logger, StatusForbidden, reason);
        return BotAuthResult.Forbidden(reason);
    }
}
