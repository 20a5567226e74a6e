using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsCrm.Web.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the delivery of durable notifications (configuration section "Notifications", validated at start): the
    /// delivery used right after each turn, and the background sweep. Needs the CRM storage, the conversation's
    /// renderer and the bot's dispatcher (AddCrmStorage, AddCrmBot).
    /// </summary>
    public static IServiceCollection AddCrmNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationDeliveryOptions>().BindConfiguration(NotificationDeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationDeliveryOptions>, NotificationFaultInjectionValidation>());
        services.TryAddSingleton<NotificationDelivery>();
        services.TryAddSingleton<CrashAfterHandoffCommit>();
        services.TryAddSingleton<TurnNotifications>();
        services.AddHostedService<NotificationDeliveryService>();
        return services;
    }
}
