namespace TeamsCrm.Core.PeopleContext;

/// <summary>No directory to ask (a host that registers none): every card renders without people and calendar context.</summary>
public sealed class NoPeopleContext : IPeopleContextSource
{
    public static NoPeopleContext Instance { get; } = new();

    public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(PeopleContextResult.Empty);
}
