namespace TeamsCrm.Teams.Tests.Auth;

/// <summary>
/// One request the bot must refuse: its Authorization header, its activity, the status, the reason that must be
/// logged (a refusal for another reason would hide a missing check), and settings that differ from the defaults.
/// </summary>
internal sealed record ForgedRequest(
    string? Authorization,
    JsonObject Activity,
    HttpStatusCode Expected,
    string Reason,
    IReadOnlyDictionary<string, string?>? Settings = null);
