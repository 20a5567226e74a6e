using TeamsCrm.Core.Contacts;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Conversation.Cards;

/// <summary>
/// A new contact's form, prefilled from a meeting attendee: "First Last" or "Last, First" as the calendar names them,
/// else the parts of an address like first.last@…; whatever cannot be told stays empty for the user to fill in.
/// </summary>
internal static class AttendeeNames
{
    private static readonly char[] AddressSeparators = ['.', '_', '-'];

    public static ContactInput Draft(MeetingAttendee attendee)
    {
        ArgumentNullException.ThrowIfNull(attendee);
        var email = attendee.Email.Trim();
        var (first, last) = FromName(attendee.Name, email) ?? FromAddress(email);
        return new ContactInput(Clip(first, FieldLimits.PersonName), Clip(last, FieldLimits.PersonName), Email: Clip(email, FieldLimits.Email));
    }

    private static (string First, string Last)? FromName(string? name, string email)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Contains('@', StringComparison.Ordinal) || trimmed.Equals(email, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return (trimmed[(comma + 1)..].Trim(), trimmed[..comma].Trim());
        }

        var space = trimmed.LastIndexOf(' ');
        return space > 0 ? (trimmed[..space].Trim(), trimmed[(space + 1)..]) : (trimmed, string.Empty);
    }

    private static (string First, string Last) FromAddress(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var parts = (at > 0 ? email[..at] : string.Empty).Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.All(char.IsLetter))
            ? (Capitalized(string.Join(' ', parts[..^1])), Capitalized(parts[^1]))
            : (string.Empty, string.Empty);
    }

    private static string Capitalized(string word) =>
        string.Join(' ', word.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Clip(string value, int limit) => value.Length <= limit ? value : value[..limit];
}
