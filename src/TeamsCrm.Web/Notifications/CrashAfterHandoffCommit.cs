using System.Diagnostics;
using TeamsCrm.Core.Notifications;
using TeamsCrm.Storage.Notifications;

namespace TeamsCrm.Web.Notifications;

/// <summary>
/// The crash tests' fault injection (<see cref="NotificationDeliveryOptions.CrashAfterHandoffCommit"/>, Development and
/// Test only): when a turn has committed a handoff offer, the process is killed (SIGKILL, no shutdown) before any of the
/// turn's notifications is taken or sent. After a restart the sweep must deliver the offer exactly once.
/// </summary>
internal sealed class CrashAfterHandoffCommit(IOptions<NotificationDeliveryOptions> options)
{
    public void BeforeDelivery(IReadOnlyList<NotificationTicket> written)
    {
        if (options.Value.CrashAfterHandoffCommit && written.Any(t => t.Kind == nameof(NotificationKind.HandoffOffered)))
        {
            Console.Error.WriteLine("TeamsCrm fault injection (Notifications:CrashAfterHandoffCommit): killing the process after a handoff commit, before its notifications.");
            Console.Error.Flush();
            using var self = Process.GetCurrentProcess();
            self.Kill();
        }
    }
}
