using System.Text.RegularExpressions;

namespace TeamsCrm.Core.Common;

/// <summary>The format checks of an input: email, phone, web address, money.</summary>
public sealed partial class InputCheck
{
    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CNY", "INR",
        "CAD", "AUD", "NZD", "SGD", "HKD", "ZAR", "BRL", "MXN", "TRY", "AED", "SAR", "KRW",
    };

    public InputCheck Email(string field, string? value)
    {
        Optional(field, value, FieldLimits.Email);
        if (!string.IsNullOrEmpty(value) && value.Length <= FieldLimits.Email && !EmailPattern().IsMatch(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidEmail));
        }

        return this;
    }

    public InputCheck Phone(string field, string? value)
    {
        Optional(field, value, FieldLimits.Phone);
        if (!string.IsNullOrEmpty(value) && value.Length <= FieldLimits.Phone && !PhonePattern().IsMatch(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidPhone));
        }

        return this;
    }

    public InputCheck WebUrl(string field, string? value)
    {
        Optional(field, value, FieldLimits.Url);
        if (!string.IsNullOrEmpty(value)
            && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host) || uri.UserInfo.Length > 0))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidUrl));
        }

        return this;
    }

    public InputCheck Amount(string field, decimal value)
    {
        if (value < 0)
        {
            _errors.Add(new FieldError(field, ErrorCodes.Negative));
        }
        else if (value > FieldLimits.MaxAmount)
        {
            _errors.Add(new FieldError(field, ErrorCodes.TooLarge, (long)FieldLimits.MaxAmount));
        }

        return this;
    }

    public InputCheck Currency(string field, string? value)
    {
        if (value is null || !Currencies.Contains(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidCurrency));
        }

        return this;
    }

    [GeneratedRegex(@"^[^@\s""<>(),;:\\\[\].]+(?:\.[^@\s""<>(),;:\\\[\].]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]{3,38}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
