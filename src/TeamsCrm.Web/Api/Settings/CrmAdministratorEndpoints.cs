using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Settings;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Settings;

/// <summary>
/// /api/v1/crm-administrators: who the tenant's CRM administrators are (members read; for a guest it does not exist);
/// administrators add a member of the tenant by Entra object id and remove one (never the last), audited by the service.
/// Each change answers with the list as it is after it.
/// </summary>
internal static class CrmAdministratorEndpoints
{
    public static RouteGroupBuilder MapCrmAdministrators(this RouteGroupBuilder api)
    {
        var admins = api.MapGroup("/crm-administrators").WithTags("CRM administrators");
        admins.MapGet("/", ListAsync).WithName("ListCrmAdministrators")
            .WithSummary("The tenant's CRM administrators (members of the tenant).")
            .Produces<ResourcePage<CrmAdministratorResource>>().Problems(StatusCodes.Status404NotFound);
        admins.MapPost("/", AddAsync).WithName("AddCrmAdministrator")
            .WithSummary("Makes a member of the directory a CRM administrator, by Entra object id (CRM administrators).")
            .Produces<ResourcePage<CrmAdministratorResource>>().Problems(Changes);
        admins.MapDelete("/{userId}", RemoveAsync).WithName("RemoveCrmAdministrator")
            .WithSummary("Ends a person's CRM administrator role; the last one stays (CRM administrators).")
            .Produces<ResourcePage<CrmAdministratorResource>>().Problems(Changes);
        return api;
    }

    private static readonly int[] Changes =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity,
    ];

    private static async Task<IResult> ListAsync(HttpContext context, CrmAdministratorService admins, CancellationToken cancellationToken) =>
        Answer(await admins.ListAsync(ApiCallers.Caller(context), cancellationToken));

    private static async Task<IResult> AddAsync(CrmAdministratorBody body, HttpContext context, CrmAdministratorService admins, CancellationToken cancellationToken) =>
        Answer(await admins.AddAsync(ApiCallers.Caller(context), body.UserId ?? string.Empty, cancellationToken));

    private static async Task<IResult> RemoveAsync(string userId, HttpContext context, CrmAdministratorService admins, CancellationToken cancellationToken) =>
        Answer(await admins.RemoveAsync(ApiCallers.Caller(context), userId, cancellationToken));

    private static IResult Answer(CrmResult<IReadOnlyList<PersonRef>> result) =>
        result.IsSuccess ? ApiResults.Page(new ResourcePage<CrmAdministratorResource>([.. result.Value!.Select(CrmAdministratorResource.From)], null)) : ApiProblems.For(result.Error!);
}
