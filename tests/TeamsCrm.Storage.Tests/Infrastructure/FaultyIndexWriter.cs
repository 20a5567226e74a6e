namespace TeamsCrm.Storage.Tests.Infrastructure;

/// <summary>The real index writer, unless told to fail: then it throws as a crashed process would stop.</summary>
internal sealed class FaultyIndexWriter(IIndexWriter inner) : IIndexWriter
{
    public bool Fail { get; set; }

    public Task ApplyAsync(IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken = default) =>
        Fail ? throw new IOException("Simulated crash before the index update.") : inner.ApplyAsync(operations, cancellationToken);
}
