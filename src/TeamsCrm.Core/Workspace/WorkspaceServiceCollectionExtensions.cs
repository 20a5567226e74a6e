using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Core.Meetings;
using TeamsCrm.Core.MyWork;
using TeamsCrm.Core.PeopleContext;

namespace TeamsCrm.Core.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>
    /// The account workspace's read model and its live signal. Call after the account store is registered
    /// (AddCrmStorage): the registered store is wrapped so that every commit, from any surface, raises the signal.
    /// </summary>
    public static IServiceCollection AddCrmWorkspace(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IAccountStore))
            ?? throw new InvalidOperationException("Register the account store (AddCrmStorage) before AddCrmWorkspace.");
        if (services.Any(d => d.ServiceType == typeof(AccountChangeSignal)))
        {
            return services; // already added: the store is wrapped once
        }

        services.AddSingleton<AccountChangeSignal>();
        services.TryAddSingleton<CustomerContextService>();
        services.TryAddSingleton<WorkspaceService>();
        services.TryAddSingleton<UpcomingMeetingsService>();
        services.TryAddSingleton<OwnedAccountChangesService>();
        services.Replace(ServiceDescriptor.Singleton<IAccountStore>(sp =>
            new SignalingAccountStore(Inner(sp, registered), sp.GetRequiredService<AccountChangeSignal>())));
        return services;
    }

    private static IAccountStore Inner(IServiceProvider services, ServiceDescriptor registered) =>
        (IAccountStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
