using TeamsCrm.Web.Tab.Components;

namespace TeamsCrm.Tab.Tests.Infrastructure;

/// <summary>Runs the tab's change without the host's notification delivery (the component tests have no bot).</summary>
internal sealed class DirectTabWork : ITabWork
{
    public Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken = default) => change();
}
