namespace TeamsCrm.Web.Notifications;

/// <summary>Refuses <see cref="NotificationDeliveryOptions.CrashAfterHandoffCommit"/> outside the Development and Test environments.</summary>
internal sealed class NotificationFaultInjectionValidation(IHostEnvironment environment) : IValidateOptions<NotificationDeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationDeliveryOptions options) =>
        options.CrashAfterHandoffCommit && !environment.IsDevelopment() && !environment.IsEnvironment("Test")
            ? ValidateOptionsResult.Fail($"Notifications:CrashAfterHandoffCommit is a fault injection for tests; it is refused in the {environment.EnvironmentName} environment.")
            : ValidateOptionsResult.Success;
}
