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
}
