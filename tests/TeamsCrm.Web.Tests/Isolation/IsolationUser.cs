namespace TeamsCrm.Web.Tests.Isolation;

internal enum IsolationUserKind
{
    Member,
    PartnerGuest,
    GuestWithoutOrganisation,
    OtherTenant,
    Anonymous,
}

/// <summary>One row of the matrix: who calls. <see cref="Caller"/> is null for an anonymous meeting participant.</summary>
internal sealed record IsolationUser(string Name, IsolationUserKind Kind, Caller? Caller);
