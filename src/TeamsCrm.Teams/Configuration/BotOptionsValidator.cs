using Microsoft.Extensions.Hosting;

namespace TeamsCrm.Teams.Configuration;

/// <summary>Cross-field rules of <see cref="BotOptions"/>; runs at start (ValidateOnStart), so a bad setup never serves.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (options.AllowUnauthenticated && !environment.IsDevelopment())
        {
            failures.Add($"Bot:AllowUnauthenticated is only allowed in Development (environment is '{environment.EnvironmentName}').");
        }

        failures.AddRange(BotTrustOptionsRules.Validate(options, environment));
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            if (!options.AllowUnauthenticated)
            {
                failures.Add("Bot:AppId is required (or Bot:AllowUnauthenticated=true in Development).");
            }

            return Result(failures);
        }

        var hasCredential = !string.IsNullOrEmpty(options.ClientSecret) || !string.IsNullOrEmpty(options.CertificatePath);
        switch (options.AppType)
        {
            case BotAppType.SingleTenant when string.IsNullOrWhiteSpace(options.TenantId):
                failures.Add("Bot:TenantId is required for a SingleTenant bot.");
                break;
            case BotAppType.SingleTenant or BotAppType.MultiTenant when !hasCredential:
                failures.Add("Bot:ClientSecret or Bot:CertificatePath is required for SingleTenant and MultiTenant bots.");
                break;
        }

        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
