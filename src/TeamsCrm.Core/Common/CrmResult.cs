using System.Diagnostics.CodeAnalysis;

namespace TeamsCrm.Core.Common;

/// <summary>The outcome of a use case: a value, or the <see cref="CrmError"/> that explains why not.</summary>
public sealed class CrmResult<T>
{
    private CrmResult(T? value, CrmError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public CrmError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static CrmResult<T> Success(T value) => new(value, null);

    public static CrmResult<T> Failure(CrmError error) => new(default, error);

    public static implicit operator CrmResult<T>(T value) => Success(value);

    public static implicit operator CrmResult<T>(CrmError error) => Failure(error);
}
