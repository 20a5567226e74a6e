namespace TeamsCrm.Conversation.Tests.Meetings;

/// <summary>A directory with fixed meetings per calendar (the Graph side is proven against its stub in TeamsCrm.Graph.Tests).</summary>
internal sealed class CalendarSource(Func<IReadOnlyList<Meeting>> meetings) : IPeopleContextSource
{
    public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PeopleContextResult(
            [],
            [.. meetings().Where(m => request.CalendarOwnerIds.Contains(m.CalendarOwnerId) && m.Start < request.To && m.End > request.From)],
            false));
}
