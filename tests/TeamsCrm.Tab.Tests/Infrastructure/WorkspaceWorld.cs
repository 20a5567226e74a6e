using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCrm.Analytics;
using TeamsCrm.Core.Partners;
using TeamsCrm.Core.People;
using TeamsCrm.Core.PeopleContext;
using TeamsCrm.Graph.People;
using TeamsCrm.Web.DemoData;

namespace TeamsCrm.Tab.Tests.Infrastructure;

/// <summary>
/// The CRM as the app composes it (production registrations, AddCrmWorkspace and AddCrmAnalytics included) on tables of its own in the test
/// Azurite, with the demo tenant's directory and partner organisations and a fake clock. Records are seeded through
/// the use cases, never written around them.
/// </summary>
public sealed class WorkspaceWorld
{
    public static readonly PartnerOrganization OtherPartners = new("northwind-partners", "Northwind Partners", ["northwindpartners.example"]);

    private WorkspaceWorld(IServiceProvider services, FakeTimeProvider time, string tablePrefix)
    {
        Services = services;
        Time = time;
        TablePrefix = tablePrefix;
    }

    public string TablePrefix { get; }

    public IServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public static Caller Megan => DemoTenant.Megan;

    public static Caller Lukas => DemoTenant.Lukas;

    public static Caller Pat => DemoTenant.Pat;

    public static async Task<WorkspaceWorld> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var prefix = TestStorage.NewTablePrefix("w");
        var services = await CrmTestServices.StartAsync(prefix, time, configure: s =>
        {
            s.AddSingleton<IPeopleDirectory>(new InMemoryPeopleDirectory(DemoTenant.TenantId, DemoTenant.Directory));
            s.TryAddSingleton<IPeopleContextSource>(NoPeopleContext.Instance);
            configure?.Invoke(s);
            s.AddCrmWorkspace();
            s.AddCrmAnalytics();
        });
        var partners = services.GetRequiredService<IPartnerDirectory>();
        await partners.UpsertAsync(DemoTenant.TenantId, DemoTenant.FabrikamPartners);
        await partners.UpsertAsync(DemoTenant.TenantId, OtherPartners);
        return new WorkspaceWorld(services, time, prefix);
    }

    /// <summary>
    /// A second app instance on the same tables: its commits do not raise this instance's change signal, as another
    /// App Service instance's would not.
    /// </summary>
    public Task<IServiceProvider> OtherInstanceAsync() => CrmTestServices.StartAsync(TablePrefix, Time, configure: s =>
        s.AddSingleton<IPeopleDirectory>(new InMemoryPeopleDirectory(DemoTenant.TenantId, DemoTenant.Directory)));

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The value of a use case's result, failing the test with its error otherwise.</summary>
    public static T Ok<T>(CrmResult<T> result)
    {
        Assert.True(result.IsSuccess, $"The use case failed: {result.Error}");
        return result.Value!;
    }

    /// <summary>Lets the fake clock move on, so records written next sort after (newer than) those before.</summary>
    public void Tick(int seconds = 1) => Time.Advance(TimeSpan.FromSeconds(seconds));
}
