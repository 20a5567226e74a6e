namespace TeamsCrm.Core.Accounts;

public enum AccountStatus
{
    Prospect,
    Active,
    Inactive,
    Archived,
}
