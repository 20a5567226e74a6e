namespace TeamsCrm.Web.Hosting;

/// <summary>
/// Development defaults of <see cref="AppOptions"/>: the local address (http://localhost:3978) and a fixed,
/// publicly known photo link key — no secret, so a newcomer's app starts without configuration.
/// </summary>
internal sealed class AppOptionsDefaults(IHostEnvironment environment) : IPostConfigureOptions<AppOptions>
{
    public static Uri DevelopmentBaseUrl { get; } = new("http://localhost:3978/");

    public const string DevelopmentPhotoLinkKey = "teamscrm-development-photo-link-key (not a secret)";

    public void PostConfigure(string? name, AppOptions options)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        options.PublicBaseUrl ??= DevelopmentBaseUrl;
        if (string.IsNullOrEmpty(options.PhotoLinkKey))
        {
            options.PhotoLinkKey = DevelopmentPhotoLinkKey;
        }
    }
}
