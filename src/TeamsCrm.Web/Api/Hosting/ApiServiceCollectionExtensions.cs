using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using TeamsCrm.Web.Api.Http;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Api.Hosting;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The REST API (/api/v1): JSON with enums as their names (source-generated metadata for its resources), the OpenAPI document "v1" (only the API's endpoints, the
    /// Entra bearer scheme), and 401 answers as problem details (see <see cref="ApiChallenge"/>).
    /// </summary>
    public static IServiceCollection AddCrmApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        });
        services.AddOpenApi(ApiDocument.Name, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiDocument.PathPrefix, StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocument>();
        });
        services.AddOptions<JwtBearerOptions>(CrmAuthentication.EntraToken).PostConfigure(ApiChallenge.Configure);
        return services;
    }
}
