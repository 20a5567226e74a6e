namespace TeamsCrm.Core.PeopleContext;

/// <summary>
/// What one card needs from the directory: the profiles of <see cref="PeopleIds"/> (Entra object ids)
/// and the meetings between <see cref="From"/> and <see cref="To"/> in the calendars of <see cref="CalendarOwnerIds"/>.
/// </summary>
public sealed record PeopleContextRequest(
    string TenantId,
    IReadOnlyList<string> PeopleIds,
    IReadOnlyList<string> CalendarOwnerIds,
    DateTimeOffset From,
    DateTimeOffset To)
{
    /// <summary>
    /// The member the context is for, when the request is made for one (a card's or the tab's viewer); their own calendar
    /// may then be read with their own delegated rights. Null: no viewer (a guest, a single profile) — the app's rights only.
    /// </summary>
    public string? ViewerId { get; init; }

    /// <summary>True when this request asks for nothing <paramref name="other"/> does not ask for too.</summary>
    public bool IsCoveredBy(PeopleContextRequest? other) =>
        other is not null
        && string.Equals(TenantId, other.TenantId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(ViewerId, other.ViewerId, StringComparison.OrdinalIgnoreCase)
        && PeopleIds.All(id => other.PeopleIds.Contains(id, StringComparer.OrdinalIgnoreCase))
        && CalendarOwnerIds.All(id => other.CalendarOwnerIds.Contains(id, StringComparer.OrdinalIgnoreCase))
        && other.From <= From
        && other.To >= To;
}
