namespace TeamsCrm.Core.Common;

/// <summary>
/// Input limits, in characters. All lie far below Table Storage's 64 KB per string property and
/// 1 MB per entity, so a valid record always fits one entity. Documented in the README.
/// </summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int PersonName = 100;
    public const int ShortText = 100;
    public const int LegalForm = 40;
    public const int Segment = 50;
    public const int Street = 200;
    public const int PostalCode = 20;
    public const int Url = 500;
    public const int Email = 254;
    public const int Phone = 40;
    public const int CommentText = 8_000;
    public const int Summary = 8_000;
    public const int Note = 2_000;
    public const int Reason = 1_000;
    public const int Mentions = 20;
    public const decimal MaxAmount = 1_000_000_000_000m;
}
