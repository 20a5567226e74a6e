using TeamsCrm.Core.Comments;
using TeamsCrm.Tab.Tests.Infrastructure;

namespace TeamsCrm.Tab.Tests.Workspace;

/// <summary>The in-process change signal: raised after every commit of an account by any use case, with no record data.</summary>
public sealed class AccountChangeSignalTests
{
    [Fact]
    public async Task CommitAsync_AnyUseCase_TellsThatAccountsSubscribersWhatKindChangedAndWho()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var other = await SeededAccount.CreateAsync(world, "Fabrikam Inc");
        var signal = world.Get<AccountChangeSignal>();
        var seen = new List<AccountChange>();
        var elsewhere = new List<AccountChange>();
        using var subscription = signal.Subscribe(WorkspaceWorld.Megan.TenantId, seeded.AccountId, seen.Add);
        using var otherSubscription = signal.Subscribe(WorkspaceWorld.Megan.TenantId, other.AccountId, elsewhere.Add);

        WorkspaceWorld.Ok(await world.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Hello")));

        var change = Assert.Single(seen);
        Assert.True(change.Touches("Comment"));
        Assert.Equal([WorkspaceWorld.Lukas.UserId], change.ActorIds);
        Assert.True(change.IsByOtherThan(WorkspaceWorld.Megan.UserId));
        Assert.False(change.IsByOtherThan(WorkspaceWorld.Lukas.UserId));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task Subscribe_Disposed_HearsNothingMore()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var signal = world.Get<AccountChangeSignal>();
        var seen = 0;
        var subscription = signal.Subscribe(WorkspaceWorld.Megan.TenantId, seeded.AccountId, _ => seen++);

        subscription.Dispose();
        WorkspaceWorld.Ok(await world.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Hello")));

        Assert.Equal(0, seen);
        Assert.Equal(0, signal.SubscriberCount(WorkspaceWorld.Megan.TenantId, seeded.AccountId));
    }

    [Fact]
    public async Task CommitAsync_SubscriberThrows_TheCommittedChangeStillSucceedsAndOthersHearIt()
    {
        var world = await WorkspaceWorld.StartAsync();
        var seeded = await SeededAccount.CreateAsync(world);
        var signal = world.Get<AccountChangeSignal>();
        var heard = 0;
        using var failing = signal.Subscribe(WorkspaceWorld.Megan.TenantId, seeded.AccountId, _ => throw new InvalidOperationException("boom"));
        using var listening = signal.Subscribe(WorkspaceWorld.Megan.TenantId, seeded.AccountId, _ => heard++);

        var result = await world.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Hello"));

        Assert.True(result.IsSuccess);
        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task CommitAsync_ConcurrentChange_RaisesNothing()
    {
        var inner = new Mock<IAccountStore>();
        inner.Setup(s => s.CommitAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<ChangeSet>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConcurrencyException("changed meanwhile"));
        var signal = new AccountChangeSignal();
        var heard = 0;
        using var subscription = signal.Subscribe("t", "a", _ => heard++);
        var store = new SignalingAccountStore(inner.Object, signal);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.CommitAsync("t", "a", new ChangeSet()));

        Assert.Equal(0, heard);
    }

    [Fact]
    public async Task AddCrmWorkspace_CalledTwice_WrapsTheStoreOnce()
    {
        var world = await WorkspaceWorld.StartAsync(services => services.AddCrmWorkspace());
        var seeded = await SeededAccount.CreateAsync(world);
        var heard = 0;
        using var subscription = world.Get<AccountChangeSignal>().Subscribe(WorkspaceWorld.Megan.TenantId, seeded.AccountId, _ => heard++);

        WorkspaceWorld.Ok(await world.Get<CommentService>().AddAsync(WorkspaceWorld.Lukas, seeded.AccountId, new CommentInput("Hello")));

        Assert.IsType<SignalingAccountStore>(world.Get<IAccountStore>());
        Assert.Equal(1, heard); // wrapped twice, one commit would be told twice
    }

    [Fact]
    public void SubscribeTenant_ChangesOfAnyAccountOfThatTenantOnly_UntilDisposed()
    {
        var signal = new AccountChangeSignal();
        var heard = new List<string>();
        var subscription = signal.SubscribeTenant("tenant-1", change => heard.Add(change.AccountId));
        var kinds = new HashSet<string>(["Share"]);

        signal.Raise(new AccountChange("tenant-1", "account-a", kinds, new HashSet<string>()));
        signal.Raise(new AccountChange("TENANT-1", "account-b", kinds, new HashSet<string>()));
        signal.Raise(new AccountChange("tenant-2", "account-a", kinds, new HashSet<string>()));
        subscription.Dispose();
        signal.Raise(new AccountChange("tenant-1", "account-c", kinds, new HashSet<string>()));

        Assert.Equal(["account-a", "account-b"], heard);
        Assert.Equal(0, signal.SubscriberCount("tenant-1", string.Empty));
    }
}
