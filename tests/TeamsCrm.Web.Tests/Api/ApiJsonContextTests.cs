using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Tests.Api;

/// <summary>
/// Every resource the REST API answers is serialised through the source-generated <see cref="ApiJsonContext"/>, not the
/// reflection fallback: the test reads what each /api/v1 endpoint declares it produces and asks the context for it.
/// </summary>
public sealed class ApiJsonContextTests
{
    [Fact]
    public async Task ApiJsonContext_EveryTypeAnApiEndpointAnswers_SourceGenerated()
    {
        await using var factory = new CrmWebFactory();
        var endpoints = ApiEndpoints(factory.Services);

        var answered = endpoints.SelectMany(e => SuccessTypes(e)).Distinct().ToList();

        Assert.True(endpoints.Count >= 40, $"only {endpoints.Count} /api/v1 endpoints found");
        Assert.Contains(typeof(Web.Api.Insights.PipelineResource), answered);
        Assert.Contains(typeof(Web.Api.Customers.AtRiskResource), answered);
        Assert.All(answered, type => Assert.True(ApiJsonContext.Default.GetTypeInfo(type) is not null, $"{type} is answered by the API but not in ApiJsonContext"));
    }

    [Fact]
    public async Task ApiEndpoints_EveryOneThatAnswersABody_DeclaresItsType()
    {
        await using var factory = new CrmWebFactory();

        var undeclared = ApiEndpoints(factory.Services)
            .Where(e => !SuccessTypes(e).Any() && !e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == StatusCodes.Status204NoContent))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.Empty(undeclared);
    }

    private static List<RouteEndpoint> ApiEndpoints(IServiceProvider services) =>
    [
        .. services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true),
    ];

    private static IEnumerable<Type> SuccessTypes(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Where(p => p.StatusCode is >= 200 and < 300 && p.Type is not null && p.Type != typeof(void))
            .Select(p => p.Type!);
}
