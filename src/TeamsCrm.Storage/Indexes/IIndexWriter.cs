namespace TeamsCrm.Storage.Indexes;

/// <summary>Applies index operations. A seam so tests can simulate a crash between the primary write and the index update.</summary>
public interface IIndexWriter
{
    Task ApplyAsync(IReadOnlyList<IndexOperation> operations, CancellationToken cancellationToken = default);
}
