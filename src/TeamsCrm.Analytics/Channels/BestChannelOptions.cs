namespace TeamsCrm.Analytics.Channels;

/// <summary>
/// An outbound touch counts as answered when the contact's next inbound interaction comes within
/// <see cref="AnswerWindow"/> and before the next outbound touch; a channel is considered from
/// <see cref="MinimumOutbound"/> outbound touches on.
/// </summary>
public sealed record BestChannelOptions
{
    public TimeSpan AnswerWindow { get; init; } = TimeSpan.FromDays(7);
    public int MinimumOutbound { get; init; } = 3;

    /// <summary>Rejects a window that is not positive or a threshold below one touch, naming the setting.</summary>
    public void Validate()
    {
        if (AnswerWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("Best channel setting AnswerWindow must be positive.", nameof(AnswerWindow));
        }

        if (MinimumOutbound < 1)
        {
            throw new ArgumentException("Best channel setting MinimumOutbound must be at least 1.", nameof(MinimumOutbound));
        }
    }
}
