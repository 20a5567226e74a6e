namespace TeamsCrm.Web.Identity;

/// <summary>
/// Refuses to start with settings that would let the wrong people in: outside Development the client id and
/// Application ID URI are required, the metadata must come over https, and the Development sign-in must be off.
/// </summary>
internal sealed class EntraOptionsValidation(IHostEnvironment environment) : IValidateOptions<EntraOptions>
{
    public ValidateOptionsResult Validate(string? name, EntraOptions options)
    {
        var failures = new List<string>();
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add("Entra:ClockSkew must be between 0 and 5 minutes.");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(1) || options.SessionLifetime > TimeSpan.FromHours(8))
        {
            failures.Add("Entra:SessionLifetime must be between 1 minute and 8 hours.");
        }

        if (!options.MetadataAddress.IsAbsoluteUri)
        {
            failures.Add("Entra:MetadataAddress must be an absolute URL.");
        }
        else if (options.MetadataAddress.Scheme != Uri.UriSchemeHttps && !(environment.IsDevelopment() && options.MetadataAddress.IsLoopback))
        {
            failures.Add("Entra:MetadataAddress must use https (plain http is allowed only for a loopback address in Development).");
        }

        if (!environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ApplicationIdUri))
            {
                failures.Add("Entra:ClientId and Entra:ApplicationIdUri are required outside Development (the tab's single sign-on application).");
            }

            if (options.DevelopmentSignIn)
            {
                failures.Add("Entra:DevelopmentSignIn is allowed only in Development.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
