using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsCrm.Core.Common;
using TeamsCrm.Web.Api.Resources;

namespace TeamsCrm.Web.Api.Http;

/// <summary>
/// Every error of the API as RFC 9457 problem details, in the request's language (English or German): the title is the
/// message of the error code (CrmMessages for Core's errors, ApiTexts for the API's own), <c>code</c> names it for
/// programs, and a validation problem lists each invalid field by name with its label and message.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The answer to a use case's error. <paramref name="current"/>: the record as it is now (412) or the existing matches (409).</summary>
    public static IResult For(CrmError error, object? current = null) => error.Kind switch
    {
        CrmErrorKind.Validation => Invalid(error.Fields),
        CrmErrorKind.NotFound => Problem(StatusCodes.Status404NotFound, error.Code, CoreText(error.Code)),
        CrmErrorKind.Forbidden => Problem(StatusCodes.Status403Forbidden, error.Code, CoreText(error.Code)),
        CrmErrorKind.Conflict => Problem(StatusCodes.Status412PreconditionFailed, error.Code, CoreText(error.Code), ("current", current)),
        _ when error.Code == ErrorCodes.DuplicateSuspected =>
            Problem(StatusCodes.Status409Conflict, error.Code, CoreText(error.Code), ("matches", current)),
        _ => Problem(StatusCodes.Status422UnprocessableEntity, error.Code, CoreText(error.Code)),
    };

    /// <summary>The one "not found": for a missing record, one the caller may not see, another tenant's and a malformed id alike.</summary>
    public static IResult NotFound() => For(CrmError.NotFound());

    public static IResult PreconditionRequired() => ApiProblem(StatusCodes.Status428PreconditionRequired, "Api.IfMatchRequired");

    public static IResult Unauthorized() => ApiProblem(StatusCodes.Status401Unauthorized, "Api.Unauthorized");

    /// <summary>403 for a guest in no partner organisation: nothing is shared with them; the detail names whom to ask (<see cref="Conversation.Partners.GuestAskWhom"/>).</summary>
    public static IResult NoPartnerOrganization(string whomToAsk) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden, title: ApiTexts.Get("Api.NoPartnerOrganization"), detail: whomToAsk,
            extensions: new Dictionary<string, object?> { ["code"] = "Api.NoPartnerOrganization" });

    /// <summary>A problem with a text of the API's own (ApiTexts), its key as the code.</summary>
    public static IResult ApiProblem(int status, string key) => Problem(status, key, ApiTexts.Get(key));

    /// <summary>400 with each invalid field: "Label: message" under the field's name.</summary>
    public static IResult Invalid(IEnumerable<FieldError> fields)
    {
        var culture = CultureInfo.CurrentUICulture;
        var errors = fields
            .GroupBy(f => f.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => FieldLine(f.Field, FieldMessage(f, culture), culture)).ToArray(), StringComparer.Ordinal);
        return ValidationProblem(errors);
    }

    /// <summary>400 for one field whose message is an API text (a query parameter, say).</summary>
    public static IResult InvalidField(string field, string apiTextKey) =>
        ValidationProblem(new Dictionary<string, string[]>
        {
            [field] = [FieldLine(field, ApiTexts.Get(apiTextKey), CultureInfo.CurrentUICulture)],
        });

    private static ValidationProblem ValidationProblem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            title: CoreText(ErrorCodes.Invalid),
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Invalid });

    private static string FieldMessage(FieldError field, CultureInfo culture) =>
        string.Format(culture, CrmMessages.Get(field.Code, culture), field.Limit?.ToString("N0", culture) ?? string.Empty);

    private static string FieldLine(string field, string message, CultureInfo culture) =>
        string.Format(culture, CrmMessages.Get("FieldLine", culture), CrmMessages.FieldLabel(field, culture), message);

    private static string CoreText(string code) => CrmMessages.Get(code, CultureInfo.CurrentUICulture);

    private static ProblemHttpResult Problem(int status, string code, string title, params (string Name, object? Value)[] extra)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (name, value) in extra.Where(e => e.Value is not null))
        {
            extensions[name] = value;
        }

        return TypedResults.Problem(statusCode: status, title: title, extensions: extensions);
    }
}
