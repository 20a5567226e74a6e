namespace TeamsCrm.Web.Hosting;

/// <summary>
/// Refuses to start without a usable public base URL (absolute; https outside Development) or, outside Development,
/// without a photo link key of at least <see cref="MinimumKeyLength"/> characters; a Teams app id must be a GUID.
/// </summary>
internal sealed class AppOptionsValidation(IHostEnvironment environment) : IValidateOptions<AppOptions>
{
    public const int MinimumKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        var development = environment.IsDevelopment();
        var url = options.PublicBaseUrl;
        var failures = new List<string>();
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !(development && url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add(development
                ? "App:PublicBaseUrl must be an absolute http(s) URL."
                : "App:PublicBaseUrl must be the app's absolute https URL, e.g. https://app-teamscrm-x.azurewebsites.net (cards link photos under it).");
        }

        if (!development && (options.PhotoLinkKey?.Length ?? 0) < MinimumKeyLength)
        {
            failures.Add($"App:PhotoLinkKey must be a secret of at least {MinimumKeyLength} characters (it signs the photo links on cards).");
        }

        if (!development && options.PreviousPhotoLinkKey is { Length: > 0 } previous && previous.Length < MinimumKeyLength)
        {
            failures.Add($"App:PreviousPhotoLinkKey must be empty or the former photo link key (at least {MinimumKeyLength} characters).");
        }

        if (options.TeamsAppId is { Length: > 0 } appId && !Guid.TryParse(appId, out _))
        {
            failures.Add("App:TeamsAppId must be the Teams app's id from its manifest (a GUID).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
