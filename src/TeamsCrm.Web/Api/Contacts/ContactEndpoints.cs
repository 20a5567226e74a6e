using TeamsCrm.Core.Contacts;
using TeamsCrm.Web.Api.Hosting;
using TeamsCrm.Web.Api.Http;

namespace TeamsCrm.Web.Api.Contacts;

/// <summary>/api/v1/accounts/{accountId}/contacts: list (paged), read, create (with duplicate suggestions) and update.</summary>
internal static class ContactEndpoints
{
    public static RouteGroupBuilder MapContacts(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/accounts/{accountId}/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListAsync).WithName("ListContacts")
            .WithSummary("The account's contacts, in the order they were created, `top` (1–100, default 25) per page; none for a partner without an account share.")
            .Produces<ResourcePage<ContactResource>>().Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        contacts.MapGet("/{contactId}", GetAsync).WithName("GetContact")
            .WithSummary("One contact, with its ETag.")
            .Produces<ContactResource>().Problems(StatusCodes.Status404NotFound);
        contacts.MapPost("/", CreateAsync).WithName("CreateContact")
            .WithSummary("Adds a contact. When one with the same email or name exists, 409 lists them (`matches`); repeat with `allowSimilar=true` to add it anyway.")
            .Produces<ContactResource>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        contacts.MapPut("/{contactId}", UpdateAsync).WithName("UpdateContact")
            .WithSummary("Replaces the contact's fields; needs If-Match with its ETag.")
            .Produces<ContactResource>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);
        return api;
    }

    private static Task<IResult> ListAsync(string accountId, int? top, string? skipToken, HttpContext context, ContactService contacts, CancellationToken cancellationToken) =>
        ApiPaging.ListAsync(context, top, skipToken, (caller, page) => contacts.ListAsync(caller, accountId, page, cancellationToken), ContactResource.From);

    private static async Task<IResult> GetAsync(string accountId, string contactId, HttpContext context, ContactService contacts, CancellationToken cancellationToken) =>
        ApiResults.From(context, await contacts.GetAsync(ApiCallers.Caller(context), accountId, contactId, cancellationToken), ContactResource.From);

    private static async Task<IResult> CreateAsync(
        string accountId, ContactBody body, bool? allowSimilar, HttpContext context, ContactService contacts, CancellationToken cancellationToken) =>
        ApiResults.Created(
            context, await contacts.CreateAsync(ApiCallers.Caller(context), accountId, body.ToInput(), allowSimilar ?? false, cancellationToken),
            ContactResource.From, contact => ["accounts", contact.AccountId, "contacts", contact.Id],
            error => (error.Current as IEnumerable<Contact>)?.Select(ContactResource.From).ToArray());

    private static async Task<IResult> UpdateAsync(
        string accountId, string contactId, ContactBody body, HttpContext context, ContactService contacts, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(context.Request, out var expected))
        {
            return ApiProblems.PreconditionRequired();
        }

        var caller = ApiCallers.Caller(context);
        var updated = await contacts.UpdateAsync(caller, accountId, contactId, body.ToInput(), expected, cancellationToken);
        return await ApiResults.AfterChangeAsync(
            context, updated, ContactResource.From,
            async () => (await contacts.GetAsync(caller, accountId, contactId, cancellationToken)).Map(ContactResource.From));
    }
}
