using System.ComponentModel.DataAnnotations;

namespace TeamsCrm.Web.Notifications;

/// <summary>Delivery of durable notifications, configuration section "Notifications" (validated at start).</summary>
public sealed class NotificationDeliveryOptions : IValidatableObject
{
    public const string SectionName = "Notifications";

    /// <summary>How often pending notifications are looked for (and once at start); a turn delivers its own at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a dispatcher holds a notification while it sends it, and how long the once-key's delivery claim lasts:
    /// another instance takes it over only after this (a crash mid-send is retried after it). Longer than a send takes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:30", "00:30:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait before the first retry of a failed send; each further retry waits twice as long (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a notification is given up (logged as an error).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>
    /// Fault injection for crash tests, Development and Test environments only (refused elsewhere): the process kills
    /// itself right after a turn committed a handoff and before any of its notifications is sent.
    /// </summary>
    public bool CrashAfterHandoffCommit { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Notifications:RetryMaxDelay must not be shorter than Notifications:RetryBaseDelay.", [nameof(RetryMaxDelay)]);
        }
    }
}
