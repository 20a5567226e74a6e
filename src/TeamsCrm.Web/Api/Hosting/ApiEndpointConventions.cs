namespace TeamsCrm.Web.Api.Hosting;

/// <summary>What the OpenAPI document says an endpoint may answer besides success.</summary>
internal static class ApiEndpointConventions
{
    /// <summary>Problem answers (RFC 9457); 400 is a validation problem with the invalid fields.</summary>
    public static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder = status == StatusCodes.Status400BadRequest ? builder.ProducesValidationProblem() : builder.ProducesProblem(status);
        }

        return builder;
    }
}
