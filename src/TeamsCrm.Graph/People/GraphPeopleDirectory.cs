using Microsoft.Graph.Models.ODataErrors;
using TeamsCrm.Graph.Caching;
using TeamsCrm.Graph.Clients;
using User = Microsoft.Graph.Models.User;

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

    private readonly IGraphClientProvider _clients;
    private readonly ILogger<GraphPeopleDirectory> _logger;
    private readonly ExpiringCache<Person> _people;
    private readonly ExpiringCache<IReadOnlyList<Person>> _searches;

    public GraphPeopleDirectory(IGraphClientProvider clients, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphPeopleDirectory> logger)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _clients = clients;
        _logger = logger;
        _people = new(time, options.Value.CacheDuration);
        _searches = new(time, options.Value.CacheDuration, capacity: 1_000);
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
        if (_searches.TryGet(key, out var cached))
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
            cancellationToken)).ConfigureAwait(false);
        var found = PeopleRanking.BestFirst(
            (response?.Value ?? []).Select(GraphUserMapping.ToPerson).OfType<Person>(),
            person => person.DisplayName.StartsWith(prefix, StringComparison.CurrentCultureIgnoreCase),
            take);
        foreach (var person in found)
        {
            _people.Set(PersonKey(tenantId, person.UserId), person);
        }

        _searches.Set(key, found);
        return found;
    }

    public async Task<Person?> GetAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        if (!IsObjectId(userId))
        {
            return null;
        }

        var key = PersonKey(tenantId, userId);
        if (_people.TryGet(key, out var cached))
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
            cancellationToken)).ConfigureAwait(false);
        var person = GraphUserMapping.ToPerson(user);
        _people.Set(key, person);
        return person;
    }

    public async Task<Person?> GetManagerAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        if (!IsObjectId(userId))
        {
            return null;
        }

        var key = $"{tenantId}|manager|{userId.ToUpperInvariant()}";
        if (_people.TryGet(key, out var cached))
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
            cancellationToken)).ConfigureAwait(false);

        // A manager is a directoryObject; only a user (not e.g. an organisational contact) is a person here.
        var person = GraphUserMapping.ToPerson(manager as User);
        _people.Set(key, person);
        if (person is not null)
        {
            _people.Set(PersonKey(tenantId, person.UserId), person);
        }

        return person;
    }

    private static string PersonKey(string tenantId, string userId) => $"{tenantId}|user|{userId.ToUpperInvariant()}";

    private Microsoft.Graph.GraphServiceClient? ClientFor(string tenantId)
    {
        var client = _clients.ForTenant(tenantId);
        if (client is null)
        {
            Log.OtherTenantRefused(_logger, tenantId);
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

        Log.NotAnObjectId(_logger, userId ?? string.Empty);
        return false;
    }

    private async Task<T?> CallAsync<T>(string operation, Func<Task<T?>> call)
        where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (ODataError error)
        {
            Log.GraphFailed(_logger, operation, error.ResponseStatusCode, error.Error?.Code, error);
            throw;
        }
        catch (HttpRequestException error)
        {
            Log.GraphUnreachable(_logger, operation, error);
            throw;
        }
    }
}
