namespace TeamsCrm.Core.PeopleContext;

/// <summary>A directory request started before the account was read (see <see cref="CustomerContextService.Start"/>).</summary>
public sealed record PendingPeopleContext(long StartedAt, PeopleContextRequest? Request, Task<PeopleContextResult>? Answer);
