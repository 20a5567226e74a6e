using TeamsCrm.Core.Handoffs;
using TeamsCrm.Teams.Configuration;
using TeamsCrm.Teams.Persistence;
using TeamsCrm.Web.Background;
using TeamsCrm.Web.Notifications;

namespace TeamsCrm.Web.Bot;

/// <summary>
/// At start and then every <see cref="HandoffReminderOptions.HandoffReminderInterval"/> (00:00:00 = off), reminds both
/// parties of every overdue pending handoff, once, in each tenant the bot serves: Bot:TenantId and every tenant it has
/// stored a conversation reference for. <see cref="HandoffReminders.ClaimDueAsync"/> claims each reminder and writes its
/// two notifications in the same transaction (so several instances never remind twice, and a claimed reminder cannot be
/// lost); they are delivered right away and, if a send fails, retried by the notification delivery until sent. A
/// tenant that fails is logged and does not stop the others; nothing but stopping ends the loop.
/// </summary>
internal sealed partial class HandoffReminderService(
    HandoffReminders reminders,
    TurnNotifications notifications,
    IConversationReferenceStore references,
    IOptions<HandoffReminderOptions> options,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<HandoffReminderService> logger) : PeriodicRunService(time)
{
    protected override TimeSpan Interval => options.Value.HandoffReminderInterval;

    /// <summary>One run over every tenant; returns the number of handoffs claimed for their reminder.</summary>
    protected override async Task<int> RunCoreAsync(CancellationToken cancellationToken)
    {
        var reminded = 0;
        foreach (var tenantId in await TenantsAsync(cancellationToken))
        {
            try
            {
                using var written = notifications.Begin();
                var due = await reminders.ClaimDueAsync(tenantId, cancellationToken: cancellationToken);
                reminded += due.Count;
                await notifications.DeliverAsync(written, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogTenantFailed(ex, tenantId);
            }
        }

        if (reminded > 0)
        {
            LogReminded(reminded);
        }

        return reminded;
    }

    protected override void OnDisabled() => LogDisabled();

    protected override void OnRunFailed(Exception exception) => LogRunFailed(exception);

    private async Task<IReadOnlyList<string>> TenantsAsync(CancellationToken cancellationToken)
    {
        var tenants = new SortedSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(botOptions.Value.TenantId))
        {
            tenants.Add(botOptions.Value.TenantId);
        }

        await foreach (var tenantId in references.QueryTenantsAsync(cancellationToken))
        {
            tenants.Add(tenantId);
        }

        return [.. tenants];
    }

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Handoff reminders are off (Bot:HandoffReminderInterval is 00:00:00).")]
    private partial void LogDisabled();

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Reminded the parties of {Count} overdue handoffs.")]
    private partial void LogReminded(int count);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Error, Message = "Handoff reminders for tenant {TenantId} failed; the other tenants go on, and the next run tries again.")]
    private partial void LogTenantFailed(Exception exception, string tenantId);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Error, Message = "The handoff reminder run failed; the next run tries again.")]
    private partial void LogRunFailed(Exception exception);
}
