using User = Microsoft.Graph.Models.User;

namespace TeamsCrm.Graph.People;

/// <summary>From Graph's user resource to <see cref="Person"/>, with guest detection that fails closed.</summary>
internal static class GraphUserMapping
{
    /// <summary>The user properties every call selects: exactly what <see cref="Person"/> needs.</summary>
    public static readonly string[] Select =
        ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "userType", "externalUserState"];

    public static Person? ToPerson(User? user)
    {
        if (string.IsNullOrEmpty(user?.Id))
        {
            return null;
        }

        return new Person(
            user.Id,
            user.DisplayName ?? user.UserPrincipalName ?? user.Id,
            user.Mail,
            user.UserPrincipalName,
            user.JobTitle,
            user.Department,
            IsGuest(user));
    }

    /// <summary>
    /// A guest when any signal says so: userType is not "Member" (Guest, or missing — unknown counts
    /// as guest), the user principal name carries #EXT#, or an external user state is set
    /// (PendingAcceptance or Accepted: only invited B2B users have one).
    /// </summary>
    public static bool IsGuest(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !string.Equals(user.UserType, "Member", StringComparison.OrdinalIgnoreCase)
            || (user.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false)
            || user.ExternalUserState is not null;
    }
}
