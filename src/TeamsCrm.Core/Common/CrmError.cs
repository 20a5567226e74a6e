namespace TeamsCrm.Core.Common;

/// <summary>
/// Why a use case did not succeed. <see cref="Code"/> names a message in <see cref="CrmMessages"/>,
/// so every surface can tell the user in their own language; <see cref="Fields"/> lists input problems.
/// </summary>
public sealed record CrmError(CrmErrorKind Kind, string Code, IReadOnlyList<FieldError> Fields, object? Current = null)
{
    public static CrmError NotFound() => new(CrmErrorKind.NotFound, ErrorCodes.NotFound, []);

    public static CrmError Forbidden() => new(CrmErrorKind.Forbidden, ErrorCodes.Forbidden, []);

    public static CrmError Rule(string code) => new(CrmErrorKind.RuleViolation, code, []);

    public static CrmError Conflict(object? current) => new(CrmErrorKind.Conflict, ErrorCodes.Conflict, [], current);

    public static CrmError Invalid(IReadOnlyList<FieldError> fields) => new(CrmErrorKind.Validation, ErrorCodes.Invalid, fields);
}

/// <summary>One invalid input field: <see cref="Code"/> names the message, <see cref="Limit"/> fills its placeholder.</summary>
public sealed record FieldError(string Field, string Code, long? Limit = null);
