namespace TeamsCrm.Core.Common;

/// <summary>Collects every problem of one input, so the user sees them all at once.</summary>
public sealed partial class InputCheck
{
    private readonly List<FieldError> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public InputCheck Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.Required));
            return this;
        }

        return Optional(field, value, maxLength);
    }

    public InputCheck Optional(string field, string? value, int maxLength, bool multiline = false)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length > maxLength)
        {
            _errors.Add(new FieldError(field, ErrorCodes.TooLong, maxLength));
        }
        else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')) || Utf16Text.HasLoneSurrogate(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.ControlCharacters));
        }

        return this;
    }

    public InputCheck RequiredText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.Required));
            return this;
        }

        return Optional(field, value, maxLength, multiline: true);
    }

    public InputCheck Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            _errors.Add(new FieldError(field, ErrorCodes.OutOfRange, max));
        }

        return this;
    }

    public InputCheck Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.UnknownValue));
        }

        return this;
    }

    /// <summary>An optional owner: when given, it needs a user id and a sensible display name.</summary>
    public InputCheck Owner(Identity.PersonRef? owner) =>
        owner is null
            ? this
            : Required("owner.userId", owner.UserId, FieldLimits.ShortText).Optional("owner.displayName", owner.DisplayName, FieldLimits.PersonName);

    /// <summary>A moment that must lie in the future (a due time).</summary>
    public InputCheck Future(string field, DateTimeOffset? value, DateTimeOffset now)
    {
        if (value is { } moment && moment <= now)
        {
            _errors.Add(new FieldError(field, ErrorCodes.OutOfRange));
        }

        return this;
    }

    public InputCheck Id(string field, string? value)
    {
        if (!CrmIds.IsWellFormed(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidId));
        }

        return this;
    }

    public InputCheck Count<T>(string field, IReadOnlyCollection<T> values, int max)
    {
        if (values.Count > max)
        {
            _errors.Add(new FieldError(field, ErrorCodes.TooMany, max));
        }

        return this;
    }

    /// <summary>Null when the input is valid; otherwise a validation error listing every problem.</summary>
    public CrmError? ToError() => IsValid ? null : CrmError.Invalid(_errors.ToArray());

    /// <summary>Parses user-typed enum text (case-insensitive, names only — never numbers).</summary>
    public static bool TryParseName<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name) || !name.All(char.IsAsciiLetter))
        {
            return false;
        }

        var match = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return match is not null && Enum.TryParse(match, out value);
    }
}
