using System.ComponentModel.DataAnnotations;
using TeamsCrm.Teams.Configuration;

namespace TeamsCrm.Web.Bot;

/// <summary>The handoff reminder job, configuration section "Bot" (next to <see cref="BotOptions"/>).</summary>
public sealed class HandoffReminderOptions : IValidatableObject
{
    public const string SectionName = BotOptions.SectionName;

    /// <summary>Shortest interval other than off: the job reads storage for every tenant on each run.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(10);

    /// <summary>How often overdue handoffs are looked for (and once at start); 00:00:00 turns the job off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan HandoffReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HandoffReminderInterval > TimeSpan.Zero && HandoffReminderInterval < MinimumInterval)
        {
            yield return new ValidationResult(
                $"Bot:HandoffReminderInterval must be 00:00:00 (off) or at least {MinimumInterval:c}.", [nameof(HandoffReminderInterval)]);
        }
    }
}
