namespace TeamsCrm.Core.Identity;

public enum CallerRole
{
    /// <summary>A member of the company's Entra tenant.</summary>
    Member,
    /// <summary>An Entra B2B guest: an external partner. Sees only what is shared with their organisation.</summary>
    Guest,
}
