using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Graph.Benchmarks;

/// <summary>A people-context source whose inner source (and so its caches) the benchmark replaces between samples.</summary>
internal sealed class SwappableSource(IPeopleContextSource inner) : IPeopleContextSource
{
    public IPeopleContextSource Inner { get; set; } = inner;

    public Task<PeopleContextResult> GetAsync(PeopleContextRequest request, CancellationToken cancellationToken = default) =>
        Inner.GetAsync(request, cancellationToken);
}
