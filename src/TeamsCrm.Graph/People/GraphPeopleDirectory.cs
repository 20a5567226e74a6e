using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using User = Microsoft.Graph.Models.User;
using Microsoft.Graph.Models.ODataErrors;
using TeamsCrm.Core.People;
using TeamsCrm.Graph.Caching;
using TeamsCrm.Graph.Clients;
using TeamsCrm.Graph.Configuration;

namespace TeamsCrm.Graph.People;

/// <summary>
/// The people directory on Microsoft Graph v1.0 (application permission User.Read.All):
/// GET /users?$filter=startswith(…), GET /users/{id} and GET /users/{id}/manager, each with the
/// same $select. Answers are cached briefly (<see cref="GraphOptions.CacheDuration"/>), so a bot
/// turn never asks Graph twice about the same person. "Not found" (404) is null; throttling and
/// other failures are logged and raised as the SDK's <see cref="ODataError"/>.
/// </summary>
public sealed class GraphPeopleDirectory : IPeopleDirectory
{
    /// <summary>Graph's longest display name; a longer prefix cannot match anyone.</summary>
    private const int MaxQueryLength = 256;

    /// <summary>Graph's largest page for /users.</summary>
    private const int MaxTake = 999;

    private readonly IGraphClientProvider clients;
    private readonly ILogger<GraphPeopleDirectory> logger;
    private readonly ExpiringCache<Person> people;
    private readonly ExpiringCache<IReadOnlyList<Person>> searches;

    public GraphPeopleDirectory(IGraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphPeopleDirectory> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.clients = clients;
        this.logger = logger;
        people = new(time, options.Value.CacheDuration);
        searches = new(time, options.Value.CacheDuration, capacity: 1_000);
    }

    public async Task<IReadOnlyList<Person>> FindAsync(string tenantId, string query, int take, CancellationToken cancellationToken = default)
    {
        var prefix = query?.Trim() ?? string.Empty;
        if (prefix.Length == 0 || prefix.Length > MaxQueryLength || take <= 0)
        {
            return [];
        }

        take = Math.Min(take, MaxTake);
        var key = $"{tenantId}|find|{take}|{prefix.ToUpperInvariant()}";
        if (searches.TryGet(key, out var cached))
        {
            return cached!;
        }

        var client = ClientFor(tenantId);
        if (client is null)
        {
            return [];
        }

        var response = await CallAsync("find users", () => client.Users.GetAsync(
            request =>
            {
                request.QueryParameters.Filter = ODataFilter.StartsWithAny(prefix);
                request.QueryParameters.Select = GraphUserMapping.Select;
                request.QueryParameters.Top = take;
            },
            cancellationToken));
        var found = PeopleRanking.BestFirst(
            (response?.Value ?? []).Select(GraphUserMapping.ToPerson).OfType<Person>(),
            person => person.DisplayName.StartsWith(prefix, StringComparison.CurrentCultureIgnoreCase),
            take);
        foreach (var person in found)
        {
            people.Set(PersonKey(tenantId, person.UserId), person);
        }

        searches.Set(key, found);
        return found;
    }

    public async Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        if (!IsObjectId(userId))
        {
            return null;
        }

        var key = PersonKey(tenantId, userId);
        if (people.TryGet(key, out var cached))
        {
            return cached;
        }

        var client = ClientFor(tenantId);
        if (client is null)
        {
            return null;
        }

        var user = await CallAsync("get user", () => client.Users[userId].GetAsync(
            request => request.QueryParameters.Select = GraphUserMapping.Select,
            cancellationToken));
        var person = GraphUserMapping.ToPerson(user);
        people.Set(key, person);
        return person;
    }

    public async Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        if (!IsObjectId(userId))
        {
            return null;
        }

        var key = $"{tenantId}|manager|{userId.ToUpperInvariant()}";
        if (people.TryGet(key, out var cached))
        {
            return cached;
        }

        var client = ClientFor(tenantId);
        if (client is null)
        {
            return null;
        }

        var manager = await CallAsync("get manager", () => client.Users[userId].Manager.GetAsync(
            request => request.QueryParameters.Select = GraphUserMapping.Select,
            cancellationToken));

        // A manager is a directoryObject; only a user (not e.g. an organisational contact) is a person here.
        var person = GraphUserMapping.ToPerson(manager as User);
        people.Set(key, person);
        if (person is not null)
        {
            people.Set(PersonKey(tenantId, person.UserId), person);
        }

        return person;
    }

    private static string PersonKey(string tenantId, string userId) => $"{tenantId}|user|{userId.ToUpperInvariant()}";

    private Microsoft.Graph.GraphServiceClient? ClientFor(string tenantId)
    {
        var client = clients.ForTenant(tenantId);
        if (client is null)
        {
            Log.OtherTenantRefused(logger, tenantId);
        }

        return client;
    }

    /// <summary>Entra object ids are GUIDs; anything else is not looked up (and cannot reshape the request path).</summary>
    private bool IsObjectId(string userId)
    {
        if (Guid.TryParse(userId, out _))
        {
            return true;
        }

        Log.NotAnObjectId(logger, userId ?? string.Empty);
        return false;
    }

    private async Task<T?> CallAsync<T>(string operation, Func<Task<T?>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
        catch (ODataError error)
        {
            Log.GraphFailed(logger, operation, error.ResponseStatusCode, error.Error?.Code, error);
            throw;
        }
        catch (HttpRequestException error)
        {
            Log.GraphUnreachable(logger, operation, error);
            throw;
        }
    }
}
