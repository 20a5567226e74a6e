namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// Profiles, presence and calendars of colleagues (Microsoft Graph in production, the demo directory
/// offline). Never throws for trouble at the directory: it answers with what it has and
/// <see cref="PeopleContextResult.IsDegraded"/> set. Only cancellation by the caller ends it early.
/// </summary>
public interface IPeopleContextSource
{
    Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default);
}
