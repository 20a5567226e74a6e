namespace TeamsCrm.Web.Tab.Components;

/// <summary>Runs one change made from the tab as one unit of work (see <see cref="TabWork"/>).</summary>
public interface ITabWork
{
    Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken = default);
}
