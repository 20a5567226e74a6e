namespace TeamsCrm.Core.Common;

/// <summary>
/// Which page of a list to read: at most <see cref="Size"/> items, continuing after the item with id
/// <see cref="After"/> (the <see cref="Page{T}.ContinueAfter"/> of the page before; null for the first page).
/// </summary>
public sealed record PageRequest(int Size = PageRequest.DefaultSize, string? After = null)
{
    public const int DefaultSize = 25;
    public const int MaxSize = 100;

    public CrmError? Validate()
    {
        var check = new InputCheck().Range("pageSize", Size, 1, MaxSize);
        return After is null ? check.ToError() : check.Id("after", After).ToError();
    }
}
