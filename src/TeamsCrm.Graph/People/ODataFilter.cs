namespace TeamsCrm.Graph.People;

/// <summary>Builds the $filter of a people search; user input only ever appears as an escaped OData string literal.</summary>
internal static class ODataFilter
{
    /// <summary>The properties Graph can filter with startswith on /users without advanced queries.</summary>
    private static readonly string[] SearchedProperties = ["displayName", "givenName", "surname", "mail"];

    /// <summary>An OData string literal: single quotes doubled, so O'Brien becomes 'O''Brien'.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    /// <summary>startswith(displayName,'q') or startswith(givenName,'q') or startswith(surname,'q') or startswith(mail,'q').</summary>
    public static string StartsWithAny(string prefix)
    {
        var literal = Literal(prefix);
        return string.Join(" or ", SearchedProperties.Select(p => $"startswith({p},{literal})"));
    }
}
