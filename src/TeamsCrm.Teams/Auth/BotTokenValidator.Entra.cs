namespace TeamsCrm.Teams.Auth;

/// <summary>Entra-issued tokens (Emulator, single-tenant issuers): the caller (appid or azp) must be the bot itself or an allowed caller.</summary>
internal sealed partial class BotTokenValidator
{
    private async Task<BotAuthResult> ValidateEntraTokenAsync(string token, string? kid, CancellationToken cancellationToken)
    {
        var (keys, failure) = await ResolveKeysAsync(_entraKeys, kid, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var result = await ValidateSignatureAndClaimsAsync(token, keys!.Keys[kid!], _entraIssuers).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return InvalidToken(result);
        }

        var identity = result.ClaimsIdentity;
        var version = identity.FindFirst("ver")?.Value;
        if (version is not (null or "1.0" or "2.0"))
        {
            return BotAuthResult.Unauthorized($"Entra token version '{Trust.LogValue.Short(version)}' is not supported.");
        }

        // As the Bot Framework SDK: the caller is appid (v1.0 or no version) or azp (v2.0), and must be the bot itself or an allowed caller.
        var callerAppId = version == "2.0" ? identity.FindFirst("azp")?.Value : identity.FindFirst("appid")?.Value;
        if (string.IsNullOrEmpty(callerAppId))
        {
            return BotAuthResult.Unauthorized("Entra token has no appid/azp claim.");
        }

        return IsAllowedCaller(callerAppId)
            ? BotAuthResult.Success(identity)
            : BotAuthResult.Unauthorized(
                $"Entra token of app '{Trust.LogValue.Short(callerAppId)}' (version {version ?? "1.0"}, issuer {identity.FindFirst("iss")?.Value}) refused: the caller is neither Bot:AppId nor in Bot:AllowedCallers.");
    }

    private bool IsAllowedCaller(string callerAppId) =>
        string.Equals(callerAppId, _options.AppId, StringComparison.OrdinalIgnoreCase)
        || _options.AllowedCallers.Contains(callerAppId, StringComparer.OrdinalIgnoreCase);
}
