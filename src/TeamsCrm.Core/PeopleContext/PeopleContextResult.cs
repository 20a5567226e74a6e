namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// The directory's answer to a <see cref="PeopleContextRequest"/>, unfiltered. <see cref="IsDegraded"/>:
/// some or all of it could not be read (throttled, unavailable, too slow, malformed); what is there is right.
/// </summary>
public sealed record PeopleContextResult(IReadOnlyList<PersonProfile> People, IReadOnlyList<Meeting> Meetings, bool IsDegraded)
{
    public static PeopleContextResult Empty { get; } = new([], [], false);

    public static PeopleContextResult Degraded { get; } = new([], [], true);
}
