namespace TeamsCrm.Core.Common;

public enum CrmErrorKind
{
    /// <summary>The record does not exist, or the caller may not see it (the two are indistinguishable).</summary>
    NotFound,
    /// <summary>The input is invalid; nothing was written.</summary>
    Validation,
    /// <summary>A domain rule forbids the change (for example an illegal stage jump).</summary>
    RuleViolation,
    /// <summary>The caller may see the record but not do this to it.</summary>
    Forbidden,
    /// <summary>Someone changed the record meanwhile; the current state is attached.</summary>
    Conflict,
}
