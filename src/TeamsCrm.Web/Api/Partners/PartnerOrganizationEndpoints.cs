using TeamsCrm.Core.Common;
using TeamsCrm.Core.Identity;
using TeamsCrm.Core.Partners;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Partners;

/// <summary>
/// /api/v1/partner-organizations: list and read (members: all of them; a partner: only their own organisation's name),
/// create, rename, add and remove a guest, archive — the writes for CRM administrators only, audited by the service.
/// A change of an existing organisation needs If-Match with its ETag (adding a guest takes one optionally).
/// </summary>
internal static class PartnerOrganizationEndpoints
{
    public static RouteGroupBuilder MapPartnerOrganizations(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partner-organizations").WithTags("Partner organisations");
        partners.MapGet("/", ListAsync).WithName("ListPartnerOrganizations")
            .WithSummary("Members: every organisation with its guests, archived last. A partner: only their own organisation's name.")
            .Produces<ResourcePage<PartnerOrganizationResource>>();
        partners.MapGet("/{organizationId}", GetAsync).WithName("GetPartnerOrganization")
            .WithSummary("One organisation, with its ETag (a partner: only their own, name only).")
            .Produces<PartnerOrganizationResource>().Problems(StatusCodes.Status404NotFound);
        partners.MapPost("/", CreateAsync).WithName("CreatePartnerOrganization")
            .WithSummary("Creates an organisation (CRM administrators).")
            .Produces<PartnerOrganizationResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        partners.MapPut("/{organizationId}", RenameAsync).WithName("RenamePartnerOrganization")
            .WithSummary("Renames the organisation (CRM administrators); needs If-Match with its ETag.")
            .Produces<PartnerOrganizationResource>().Problems(Changes);
        partners.MapPost("/{organizationId}/members", AddMemberAsync).WithName("AddPartnerMember")
            .WithSummary("Adds a guest of the directory, by Entra object id (CRM administrators); If-Match optional.")
            .Produces<PartnerOrganizationResource>().Problems(Changes);
        partners.MapDelete("/{organizationId}/members/{userId}", RemoveMemberAsync).WithName("RemovePartnerMember")
            .WithSummary("Removes a guest and withdraws the handoffs waiting for them (CRM administrators); needs If-Match.")
            .Produces<PartnerOrganizationResource>().Problems(Changes);
        partners.MapPost("/{organizationId}/archive", ArchiveAsync).WithName("ArchivePartnerOrganization")
            .WithSummary("Archives the organisation: its guests see nothing any more (CRM administrators); needs If-Match.")
            .Produces<PartnerOrganizationResource>().Problems(Changes);
        return api;
    }

    private static readonly int[] Changes =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed,
        StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired,
    ];

    private static async Task<IResult> ListAsync(HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken)
    {
        var visible = await partners.ListVisibleAsync(ApiCallers.Caller(context), cancellationToken);
        return ApiResults.Page(new ResourcePage<PartnerOrganizationResource>([.. visible.Select(PartnerOrganizationResource.From)], null));
    }

    private static async Task<IResult> GetAsync(string organizationId, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ApiResults.From(context, await partners.GetVisibleAsync(ApiCallers.Caller(context), organizationId, cancellationToken), PartnerOrganizationResource.From);

    private static async Task<IResult> CreateAsync(PartnerOrganizationBody body, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ApiResults.Created(
            context, await partners.CreateAsync(ApiCallers.Caller(context), body.Name ?? string.Empty, body.EmailDomains, cancellationToken),
            PartnerOrganizationResource.From, organization => ["partner-organizations", organization.Id]);

    private static Task<IResult> RenameAsync(string organizationId, PartnerRenameBody body, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ChangeAsync(context, organizationId, partners, required: true, (caller, version) => partners.RenameAsync(caller, organizationId, body.Name ?? string.Empty, version, cancellationToken), cancellationToken);

    private static Task<IResult> AddMemberAsync(string organizationId, PartnerMemberBody body, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ChangeAsync(context, organizationId, partners, required: false, (caller, version) => partners.AddMemberAsync(caller, organizationId, body.UserId ?? string.Empty, version, cancellationToken), cancellationToken);

    private static Task<IResult> RemoveMemberAsync(string organizationId, string userId, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ChangeAsync(context, organizationId, partners, required: true, (caller, version) => partners.RemoveMemberAsync(caller, organizationId, userId, version, cancellationToken), cancellationToken);

    private static Task<IResult> ArchiveAsync(string organizationId, HttpContext context, PartnerOrganizationService partners, CancellationToken cancellationToken) =>
        ChangeAsync(context, organizationId, partners, required: true, (caller, version) => partners.ArchiveAsync(caller, organizationId, version, cancellationToken), cancellationToken);

    /// <summary>A change of an existing organisation: If-Match read (428 when required and missing), the change, 200 or the problem (412 with the organisation as it is now).</summary>
    private static async Task<IResult> ChangeAsync(
        HttpContext context, string organizationId, PartnerOrganizationService partners, bool required,
        Func<Caller, string?, Task<CrmResult<PartnerOrganization>>> change, CancellationToken cancellationToken)
    {
        var hasIfMatch = ETags.TryReadIfMatch(context.Request, out var expected);
        if (required && !hasIfMatch)
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        return await ApiResults.AfterChangeAsync(
            context, await change(caller, expected), PartnerOrganizationResource.From,
            async () => (await partners.GetVisibleAsync(caller, organizationId, cancellationToken)).Map(PartnerOrganizationResource.From));
    }
}
