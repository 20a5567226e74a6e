namespace TeamsCrm.Core.Comments;

public enum CommentVisibility
{
    /// <summary>Only members of the company see it. The default.</summary>
    Internal,
    /// <summary>Members and the partner organisations the account or deal is shared with see it.</summary>
    Shared,
}
