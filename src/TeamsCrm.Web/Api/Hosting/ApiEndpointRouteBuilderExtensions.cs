using TeamsCrm.Web.Api.Accounts;
using TeamsCrm.Web.Api.Comments;
using TeamsCrm.Web.Api.Contacts;
using TeamsCrm.Web.Api.Customers;
using TeamsCrm.Web.Api.Deals;
using TeamsCrm.Web.Api.Handoffs;
using TeamsCrm.Web.Api.Http;
using TeamsCrm.Web.Api.Insights;
using TeamsCrm.Web.Api.Interactions;
using TeamsCrm.Web.Api.Partners;
using TeamsCrm.Web.Api.Products;
using TeamsCrm.Web.Api.Settings;
using TeamsCrm.Web.Api.Tasks;
using TeamsCrm.Web.Identity;

namespace TeamsCrm.Web.Api.Hosting;

public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The REST API under /api/v1, for the tab and for integrations: authenticated by an Entra bearer token only
    /// (<see cref="CrmAuthentication.ApiPolicy"/>; the tab's cookie never counts), every endpoint on the same use cases as
    /// the bot with the caller from the token. Its own request problems become problem details
    /// (<see cref="ApiRequestProblems"/>). In Development the OpenAPI document is at /openapi/v1.json.
    /// </summary>
    public static WebApplication MapCrmApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiRoutes.Base), api => api.UseMiddleware<ApiRequestProblems>());
        var api = app.MapGroup(ApiRoutes.Base)
            .RequireAuthorization(CrmAuthentication.ApiPolicy)
            .AddEndpointFilter<ApiCallers>()
            .AddEndpointFilter<ApiUnitOfWork>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapAccounts().MapContacts().MapDeals().MapComments().MapInteractions().MapTasks().MapHandoffs().MapInsights();
        api.MapPartnerOrganizations().MapCrmAdministrators();
        api.MapCustomerInsights().MapProducts();
        api.MapMining();
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
        }

        return app;
    }
}
