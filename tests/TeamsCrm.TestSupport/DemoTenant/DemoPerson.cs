namespace TeamsCrm.TestSupport;

/// <summary>A member of the demo tenant as Teams names them: Teams user id, Entra object id, display name.</summary>
public sealed record DemoPerson(string TeamsId, string AadObjectId, string Name);
