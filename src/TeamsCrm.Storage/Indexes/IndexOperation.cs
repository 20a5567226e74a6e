namespace TeamsCrm.Storage.Indexes;

/// <summary>
/// One write to an index table (<see cref="Table"/>, by name): an upsert of <see cref="Properties"/>,
/// or a delete when they are null. Replaying it is harmless, which is what makes the outbox repair idempotent.
/// </summary>
public sealed record IndexOperation(string Table, string PartitionKey, string RowKey, IReadOnlyDictionary<string, string?>? Properties)
{
    public bool IsDelete => Properties is null;
}
