namespace TeamsCrm.Core.Tests.Support;

/// <summary>Assertions on errors: the kind and code, and for validation the field with its code.</summary>
internal static class ErrorAssert
{
    public static void HasFieldError(CrmError? error, string field, string code)
    {
        Assert.NotNull(error);
        Assert.Equal(CrmErrorKind.Validation, error.Kind);
        Assert.Equal(ErrorCodes.Invalid, error.Code);
        Assert.Contains(error.Fields, f => f.Field == field && f.Code == code);
    }

    public static void HasOnlyFieldError(CrmError? error, string field, string code)
    {
        HasFieldError(error, field, code);
        var only = Assert.Single(error!.Fields);
        Assert.Equal(field, only.Field);
    }

    public static void IsRule(CrmError? error, string code)
    {
        Assert.NotNull(error);
        Assert.Equal(CrmErrorKind.RuleViolation, error.Kind);
        Assert.Equal(code, error.Code);
    }
}
