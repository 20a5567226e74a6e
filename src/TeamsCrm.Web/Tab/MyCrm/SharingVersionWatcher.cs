using TeamsCrm.Core.Partners;
using TeamsCrm.Core.Workspace;

namespace TeamsCrm.Web.Tab.MyCrm;

/// <summary>
/// Brings sharing changes made on other app instances to the open live pages of this one: every
/// <see cref="Interval"/>, for each tenant that has a tenant-wide subscription here (<see cref="AccountChangeSignal.ListeningTenants"/>,
/// e.g. an open My CRM) — and only then — one point read of the tenant's <see cref="ISharingVersion"/>; when it moved
/// (or the tenant was not watched before: a change between the page's load and its first check), the local signal is
/// raised for "Share" (<see cref="AccountChangeSignal.RaiseTenant"/>) and the pages read their lists again through the
/// use cases. A change made on this instance raises the signal at once and then once more here (one extra read).
/// </summary>
public sealed partial class SharingVersionWatcher(
    AccountChangeSignal signal, ISharingVersion versions, TimeProvider time, ILogger<SharingVersionWatcher> logger) : BackgroundService
{
    /// <summary>How soon a change on another instance reaches an open page here (at most, plus one point read).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "Share" };

    private readonly Dictionary<string, string?> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the app stops
        }
    }

    /// <summary>One check of every listening tenant; returns how many were read. Not concurrent with itself.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken = default)
    {
        var listening = signal.ListeningTenants();
        foreach (var gone in _seen.Keys.Except(listening, StringComparer.Ordinal).ToArray())
        {
            _seen.Remove(gone);
        }

        foreach (var tenantId in listening)
        {
            string? now;
            try
            {
                now = await versions.ReadAsync(tenantId, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Any failure, a storage timeout (TaskCanceledException) too: logged, tried at the next tick; the host
                // must not stop over it.
                LogCheckFailed(logger, exception, tenantId);
                continue;
            }

            if (!_seen.TryGetValue(tenantId, out var before) || before != now)
            {
                _seen[tenantId] = now;
                signal.RaiseTenant(tenantId, Kinds);
            }
        }

        return listening.Count;
    }

    [LoggerMessage(EventId = 9041, Level = LogLevel.Warning, Message = "Checking tenant {TenantId} for sharing changes made on other app instances failed; the next check tries again.")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string tenantId);
}
