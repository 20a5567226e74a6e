namespace TeamsCrm.Web.Tab.Workspace;

/// <summary>What became of a refused move of one deal: someone else changed it first (<see cref="IsConflict"/>), or why not.</summary>
public sealed record DealNotice(string DealId, bool IsConflict, string Message);
