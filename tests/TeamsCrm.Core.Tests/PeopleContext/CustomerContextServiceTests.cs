using TeamsCrm.Core.PeopleContext;
using static TeamsCrm.Core.Tests.PeopleContext.PeopleContextSamples;

namespace TeamsCrm.Core.Tests.PeopleContext;

public sealed class CustomerContextServiceTests
{
    [Fact]
    public async Task Start_AccountNeverShown_AsksAfterTheCardOnly()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        var pending = service.Start(Megan, "acc1");
        Assert.Null(pending.Answer);
        var context = await service.CompleteAsync(Megan, Card(), pending);

        var request = Assert.Single(source.Requests);
        Assert.Equal(["megan"], request.PeopleIds);
        Assert.Equal(["megan"], request.CalendarOwnerIds);
        Assert.Equal("Account Manager", context.Owner!.JobTitle);
    }

    [Fact]
    public async Task Start_AccountShownBefore_AsksBeforeStorageAndOnlyOnce()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));
        await service.CompleteAsync(Lukas, Card(), service.Start(Lukas, "acc1"));

        var pending = service.Start(Lukas, "acc1");
        Assert.NotNull(pending.Answer);
        await service.CompleteAsync(Lukas, Card(), pending);

        Assert.Equal(2, source.Requests.Count);
        Assert.Equal(["megan", "lukas"], source.Requests[1].PeopleIds);
        Assert.Equal(["lukas", "megan"], source.Requests[1].CalendarOwnerIds);
    }

    [Fact]
    public async Task CompleteAsync_OwnerChangedSinceTheHint_AsksAgainForTheNewOwner()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));
        await service.CompleteAsync(Megan, Card("megan"), service.Start(Megan, "acc1"));

        await service.CompleteAsync(Megan, Card("lukas"), service.Start(Megan, "acc1"));

        Assert.Equal(3, source.Requests.Count);
        Assert.Contains("lukas", source.Requests[2].PeopleIds);
    }

    [Fact]
    public async Task CompleteAsync_GuestViewer_ReadsOnlyTheOwnersCalendar()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        await service.CompleteAsync(Pat, Card(), service.Start(Pat, "acc1"));

        Assert.Equal(["megan"], Assert.Single(source.Requests).CalendarOwnerIds);
    }

    [Fact]
    public async Task CompleteAsync_MemberOrGuest_NamesOnlyAMemberAsTheViewer()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        await service.CompleteAsync(Lukas, Card(), service.Start(Lukas, "acc1"));
        await service.CompleteAsync(Pat, Card(), service.Start(Pat, "acc1"));
        await service.OwnCalendarAsync(Lukas);

        Assert.Equal(["lukas", null, "lukas"], source.Requests.Select(r => r.ViewerId));
    }

    [Fact]
    public void IsCoveredBy_AnotherViewer_NotCovered()
    {
        var mine = new PeopleContextRequest("t", ["megan"], ["megan"], Now, Now) { ViewerId = "megan" };

        Assert.True(mine.IsCoveredBy(mine with { }));
        Assert.False(mine.IsCoveredBy(mine with { ViewerId = "lukas" }));
        Assert.False(mine.IsCoveredBy(mine with { ViewerId = null }));
    }

    [Fact]
    public async Task CompleteAsync_SourceThrows_Degraded()
    {
        var service = new CustomerContextService(new RecordingSource { Failure = new InvalidOperationException("boom") }, new FakeTimeProvider(Now));

        var context = await service.CompleteAsync(Megan, Card(), service.Start(Megan, "acc1"));

        Assert.True(context.IsDegraded);
        Assert.Null(context.Owner);
    }

    [Fact]
    public async Task CompleteAsync_SourceNeverAnswers_DegradedAfterTheBudget()
    {
        var time = new FakeTimeProvider(Now);
        var source = new RecordingSource { Hang = true };
        var service = new CustomerContextService(source, time);

        var completing = service.CompleteAsync(Megan, Card(), service.Start(Megan, "acc1"));
        Assert.False(completing.IsCompleted);
        time.Advance(CustomerContextService.Budget);

        Assert.True((await completing).IsDegraded);
    }

    [Fact]
    public async Task ProfileAsync_OnePerson_AsksForThemAloneWithoutACalendar()
    {
        var source = new RecordingSource();
        var service = new CustomerContextService(source, new FakeTimeProvider(Now));

        var profile = await service.ProfileAsync(Tenant, "lukas");

        var request = Assert.Single(source.Requests);
        Assert.Equal(["lukas"], request.PeopleIds);
        Assert.Empty(request.CalendarOwnerIds);
        Assert.Equal(("Key Account Manager", PresenceStatus.Busy), (profile!.JobTitle, profile.Presence));
        Assert.Equal(("Key Account Manager", null), (PeopleContextPolicy.ForViewer(Pat, profile).JobTitle, PeopleContextPolicy.ForViewer(Pat, profile).Presence));
        Assert.False(PeopleContextPolicy.ForViewer(Pat, profile).HasPhoto);
    }

    [Fact]
    public async Task ProfileAsync_SourceNeverAnswersOrThrows_NullAfterTheBudget()
    {
        var time = new FakeTimeProvider(Now);
        var hanging = new CustomerContextService(new RecordingSource { Hang = true }, time);
        var failing = new CustomerContextService(new RecordingSource { Failure = new HttpRequestException("down") }, time);

        var waiting = hanging.ProfileAsync(Tenant, "megan");
        Assert.False(waiting.IsCompleted);
        time.Advance(CustomerContextService.Budget);

        Assert.Null(await waiting);
        Assert.Null(await failing.ProfileAsync(Tenant, "megan"));
    }

    private sealed class RecordingSource : IPeopleContextSource
    {
        public List<PeopleContextRequest> Requests { get; } = [];

        public Exception? Failure { get; init; }

        public bool Hang { get; init; }

        public async Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            if (Hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Failure is null
                ? new PeopleContextResult([MeganProfile, LukasProfile], [], false)
                : throw Failure;
        }
    }
}
